import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FINDINGS_CSV_HEADER, findingCsvRecord, type CsvFinding } from './findings-csv';

const finding: CsvFinding = {
  id: 'f1', scanId: 's1', fingerprint: 'fp', ruleId: 'imds.instance.imdsv1', severity: 'high', state: 'new',
  suppression: null, accountId: '111111111111', region: 'us-east-1',
  resource: { arn: 'arn:aws:ec2:us-east-1:111111111111:instance/i-1', type: 'AWS::EC2::Instance', name: 'i-1' },
  title: 't', message: 'm', remediation: 'r', evidence: { httpTokens: 'optional', source: 'instance' },
};

test('the last column is the evidence as compact JSON, quoted as RFC 4180 asks', () => {
  assert.match(FINDINGS_CSV_HEADER, /,carriedAssessedAt,evidence\r\n$/);
  assert.match(findingCsvRecord(finding), /,,,"\{""httpTokens"":""optional"",""source"":""instance""\}"\r\n$/);
});

test('evidence that a spreadsheet would run as a formula stays neutralized', () => {
  // A JSON object always starts with "{", so the cell itself cannot start a formula; a bare string could.
  const record = findingCsvRecord({ ...finding, evidence: { note: '=HYPERLINK("http://x")' } });
  assert.match(record, /"\{""note"":""=HYPERLINK\(\\""http:\/\/x\\""\)""\}"\r\n$/);
  assert.ok(!record.split(',').some((cell) => cell.startsWith('=')));
});
