import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Log } from 'sarif';
import { RULE_A, aReportFinding } from '../testing/report-fixtures';
import { sarifProblems } from '../testing/sarif-validator';
import type { SarifInput } from './sarif-input';
import { sarifRunDocuments, sarifText } from './sarif-writer';

const SCAN = '0b7d3c1e-7f4a-4c55-9a8e-2b1f3c4d5e6f';
const PREVIOUS = '1b7d3c1e-7f4a-4c55-9a8e-2b1f3c4d5e6f';

function input(overrides: Partial<SarifInput> = {}): SarifInput {
  return {
    toolVersion: '0.1.0',
    runId: SCAN,
    scopeKey: 'organization|regions:*',
    baselineScanId: PREVIOUS,
    rules: [RULE_A],
    findings: [aReportFinding('web', { state: 'unchanged' }), aReportFinding('api')],
    ...overrides,
  };
}

function parse(text: string): Log {
  return JSON.parse(text) as Log;
}

test('validates against the official schema and GitHub rules', async () => {
  assert.deepEqual(await sarifProblems(parse(sarifText(input()))), []);
  assert.deepEqual(await sarifProblems(parse(sarifText(input({ findings: [] })))), []);
});

test('the validator catches what GitHub rejects', async () => {
  const log = parse(sarifText(input()));
  const result = log.runs[0].results![0];
  result.locations![0].physicalLocation!.artifactLocation!.uri = 'arn:aws:iam::1:role/x';
  delete result.partialFingerprints;
  result.ruleId = 'missing.rule';
  log.runs[0].tool.driver.rules![0].properties!['security-severity'] = 8;
  assert.deepEqual(await sarifProblems(log), [
    'rule ecs.container.privileged: security-severity must be a string within 0.1-10.0',
    'runs[0].results[0]: ruleId missing.rule not in rules[]',
    'runs[0].results[0]: uri arn:aws:iam::1:role/x has a scheme or spaces',
    'runs[0].results[0]: no primaryLocationLineHash',
  ]);
  assert.notDeepEqual(await sarifProblems({ version: '2.1.0', runs: [{}] }), []);
});

test('rules carry descriptions, help with remediation and references, severity, tags and precision', async () => {
  const [rule] = parse(sarifText(input())).runs[0].tool.driver.rules!;
  assert.equal(rule.shortDescription!.text, 'Privileged ECS container');
  assert.equal(rule.fullDescription!.text, 'A container runs privileged.');
  assert.match(rule.help!.markdown!, /\*\*Remediation\.\*\* Set privileged to false\./);
  assert.match(rule.help!.markdown!, /\[https:\/\/docs\.aws\.amazon\.com\/[^\]]+\]\(https:\/\/docs/);
  assert.deepEqual(rule.properties, {
    tags: ['security', 'aws', 'AWS::ECS::TaskDefinition', 'AWS Security Hub ECS.4'],
    precision: 'high',
    'security-severity': '8.0',
  });
});

test('results: uri, logical location with the ARN, line hash, baseline state, category and suppression', async () => {
  const suppressed = aReportFinding('db', {
    suppression: { id: '2b7d3c1e-7f4a-4c55-9a8e-2b1f3c4d5e6f', reason: 'accepted risk', createdBy: 'alice', expiresAt: new Date('2030-01-01T00:00:00Z') },
  });
  const log = parse(sarifText(input({ findings: [aReportFinding('web', { state: 'unchanged' }), suppressed] })));
  const run = log.runs[0];
  assert.match(run.automationDetails!.id!, new RegExp(`^rolecall/aws/[0-9a-f]{12}/${SCAN}$`));
  assert.equal(run.baselineGuid, PREVIOUS);
  const byName = (name: string) => run.results!.find((result) => result.locations![0].logicalLocations![0].name === `${name}:1`)!;
  const [db, web] = [byName('db'), byName('web')];
  assert.equal(web.locations![0].physicalLocation!.artifactLocation!.uri, 'aws/111111111111/us-east-1/ecs/task-definition/web%3A1');
  assert.deepEqual(web.locations![0].logicalLocations, [{ name: 'web:1', fullyQualifiedName: 'arn:aws:ecs:us-east-1:111111111111:task-definition/web:1', kind: 'resource' }]);
  assert.equal(web.partialFingerprints!.primaryLocationLineHash, aReportFinding('web').fingerprint);
  assert.equal(web.baselineState, 'unchanged');
  assert.equal(web.suppressions, undefined);
  assert.equal(db.baselineState, 'new');
  assert.deepEqual(db.suppressions, [
    { kind: 'external', status: 'accepted', justification: 'accepted risk', guid: '2b7d3c1e-7f4a-4c55-9a8e-2b1f3c4d5e6f', properties: { createdBy: 'alice', expiresAt: '2030-01-01T00:00:00.000Z' } },
  ]);
  assert.deepEqual(await sarifProblems(log), []);
});

test('the same findings in any order give the same document', async () => {
  const findings = [aReportFinding('a'), aReportFinding('b'), aReportFinding('c', { ruleId: 'eks.other' })];
  assert.equal(sarifText(input({ findings })), sarifText(input({ findings: [...findings].reverse() })));
  const log = parse(sarifText(input({ findings })));
  assert.deepEqual(log.runs[0].tool.driver.rules!.map((rule) => rule.id), ['ecs.container.privileged', 'eks.other']);
  assert.deepEqual(log.runs[0].results!.map((result) => result.ruleIndex), [0, 0, 1]);
  assert.deepEqual(await sarifProblems(log), []);
});

test('more than 25,000 results split into runs with distinct categories, stable per finding', async () => {
  const findings = Array.from({ length: 25_001 }, (_, i) => aReportFinding(`t${i}`));
  const started = performance.now();
  const text = sarifText(input({ findings }));
  const elapsed = performance.now() - started;
  const log = parse(text);
  assert.equal(log.runs.length, 16);
  assert.equal(log.runs.reduce((sum, run) => sum + run.results!.length, 0), 25_001);
  const first = log.runs[0];
  assert.ok(first.results!.every((result) => result.partialFingerprints!.primaryLocationLineHash!.startsWith('0')));
  assert.deepEqual(await sarifProblems(log), []);
  const documents = sarifRunDocuments(input({ findings }));
  assert.equal(documents.length, 16);
  const runs = documents.map((document) => parse(document).runs);
  assert.deepEqual(runs.map((list) => list.length), Array(16).fill(1));
  assert.deepEqual(runs.map((list) => list[0].automationDetails!.id), log.runs.map((run) => run.automationDetails!.id));
  assert.deepEqual(await sarifProblems(parse(documents[3])), []);
  console.log(`# 25,001 results: ${Math.round(elapsed)} ms, ${(text.length / 1e6).toFixed(1)} MB`);
});
