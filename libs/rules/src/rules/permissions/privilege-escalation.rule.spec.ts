import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aPodIdentityAssociation, aPolicyDocument, aRole, anInventory } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { run } from '../../workloads/rule-spec.testing';
import { privilegeEscalationRule } from './privilege-escalation.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(privilegeEscalationRule);
});

test('fires high on iam:PassRole on * with ecs:RunTask for a Pod Identity role', () => {
  const role = aRole({ roleName: 'app-pod-role', inlinePolicies: [{ policyName: 'deployer', document: aPolicyDocument(['iam:PassRole', 'ecs:RunTask']) }] });
  const association = aPodIdentityAssociation({ roleArn: role.arn });
  assert.deepEqual(run(engine, anInventory({ iam: { roles: [role] }, eks: { podIdentityAssociations: [association] } })), [
    {
      ruleId: 'iam.workload-role.privilege-escalation',
      resource: { arn: role.arn, type: 'AWS::IAM::Role', name: 'app-pod-role' },
      severity: 'high',
      evidence: {
        workloads: ['pod-identity app/app@app-eks'],
        paths: [{ id: 'pass-role-ecs', grants: [{ action: 'iam:PassRole', resources: ['*'] }, { action: 'ecs:RunTask', resources: ['*'] }] }],
      },
      relatedResources: [association.arn],
    },
  ]);
});

test('does not fire on scoped sts:AssumeRole, PassRole without a companion, or admin roles (reported as admin)', () => {
  const scoped = aRole({ roleName: 'a', inlinePolicies: [{ policyName: 'p', document: aPolicyDocument('sts:AssumeRole', 'arn:aws:iam::111122223333:role/reader') }] });
  const passOnly = aRole({ roleName: 'b', inlinePolicies: [{ policyName: 'p', document: aPolicyDocument('iam:PassRole') }] });
  const admin = aRole({ roleName: 'c', inlinePolicies: [{ policyName: 'p', document: aPolicyDocument('*') }] });
  const associations = [scoped, passOnly, admin].map((role, i) => aPodIdentityAssociation({ associationId: `a-${i}`, roleArn: role.arn }));
  assert.deepEqual(run(engine, anInventory({ iam: { roles: [scoped, passOnly, admin] }, eks: { podIdentityAssociations: associations } })), []);
});

test('issue 14 case 1: fires on a path held under the region guardrail, naming the region; silent under a principal-bound condition', () => {
  const guarded = aRole({
    roleName: 'guarded',
    inlinePolicies: [
      {
        policyName: 'deployer',
        document: {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: ['iam:PassRole', 'ecs:RunTask'], Resource: '*' },
            { Effect: 'Deny', NotAction: 'iam:*', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } } },
          ],
        },
      },
    ],
  });
  const tagged = aRole({
    roleName: 'tagged',
    inlinePolicies: [
      {
        policyName: 'deployer',
        document: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: ['iam:PassRole', 'ecs:RunTask'], Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/deployer': 'yes' } } }],
        },
      },
    ],
  });
  const associations = [guarded, tagged].map((role, i) => aPodIdentityAssociation({ associationId: `a-${i}`, roleArn: role.arn }));
  const findings = run(engine, anInventory({ iam: { roles: [guarded, tagged] }, eks: { podIdentityAssociations: associations } }));
  assert.deepEqual(
    findings.map((f) => [f.resource.name, f.evidence]),
    [
      [
        'guarded',
        {
          workloads: ['pod-identity app/app@app-eks'],
          paths: [
            {
              id: 'pass-role-ecs',
              grants: [
                { action: 'iam:PassRole', resources: ['*'] },
                { action: 'ecs:RunTask', resources: ['*'], conditionsMet: ['aws:RequestedRegion=eu-west-1'] },
              ],
            },
          ],
        },
      ],
    ],
  );
});
