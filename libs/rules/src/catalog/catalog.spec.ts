import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SEVERITIES } from '@rolecall/model';
import { ALL_RULES } from '../registry';
import { renderRulesDoc } from './rules-doc';

const RULES_SOURCE = join(process.cwd(), 'libs/rules/src/rules');

function ruleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ruleFiles(path);
    return name.endsWith('.rule.ts') ? [path] : [];
  });
}

test('rule ids are unique and well-formed', () => {
  const ids = ALL_RULES.map((rule) => rule.metadata.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z0-9-]+(\.[a-z0-9-]+){2,}$/, id);
});

test('every rule has complete metadata', () => {
  for (const { metadata } of ALL_RULES) {
    assert.ok(metadata.title.length > 0 && metadata.title.length <= 120, `${metadata.id}: title`);
    assert.ok(SEVERITIES.includes(metadata.severity), `${metadata.id}: severity`);
    assert.match(metadata.resourceType, /^(AWS::[A-Za-z0-9]+::[A-Za-z0-9]+|Kubernetes::[A-Za-z0-9]+)$/, `${metadata.id}: resourceType`);
    for (const field of ['description', 'risk', 'remediation'] as const) {
      assert.ok(metadata[field].length >= 20, `${metadata.id}: ${field} too short`);
    }
    assert.ok(metadata.references.length > 0, `${metadata.id}: references`);
    for (const url of metadata.references) assert.match(url, /^https:\/\//, `${metadata.id}: ${url}`);
    assert.ok(metadata.reads.needs.length > 0, `${metadata.id}: needs`);
  }
});

test('every rule file is registered and has a spec beside it', () => {
  const files = ruleFiles(RULES_SOURCE);
  assert.equal(files.length, ALL_RULES.length, 'rule files vs registered rules');
  for (const file of files) {
    assert.ok(existsSync(file.replace(/\.rule\.ts$/, '.rule.spec.ts')), `${file} has no spec`);
  }
});

test('docs/rules.md is generated from the current metadata', () => {
  const committed = readFileSync(join(process.cwd(), 'docs/rules.md'), 'utf8');
  assert.equal(committed, renderRulesDoc(ALL_RULES), 'run `npm run docs:rules` and commit docs/rules.md');
});
