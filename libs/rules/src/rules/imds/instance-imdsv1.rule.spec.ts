import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aPolicyDocument, aRole, anInstance, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { decided } from '../placement/testing';
import { instanceImdsV1Rule } from './instance-imdsv1.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(instanceImdsV1Rule);
});

const PROFILE = 'arn:aws:iam::111122223333:instance-profile/ecs-instance';
const adminRole = aRole({
  roleName: 'ecs-instance',
  instanceProfiles: [{ arn: PROFILE, name: 'ecs-instance' }],
  inlinePolicies: [{ policyName: 'all', document: aPolicyDocument('*') }],
});

test('fires on IMDSv1, critical when the role behind IMDS is admin, naming it', () => {
  const instance = anInstance({ metadataOptions: { httpTokens: 'optional', httpPutResponseHopLimit: 1, httpEndpoint: 'enabled' } });
  const inventory = anInventory({ iam: { roles: [adminRole] }, ec2: { instances: [instance] } });
  const [finding] = decided(engine.evaluateAccount({ inventory, organization: anOrganization() }));
  assert.deepEqual({ ...finding, evidence: { ...finding?.evidence, sensitiveActions: 'listed' } }, {
    ruleId: 'ec2.instance.imdsv1-allowed',
    severity: 'critical',
    message: `Instance i-0123456789abcdef0 allows IMDSv1; IMDS hands out ${adminRole.arn}.`,
    resource: { arn: instance.arn, type: 'AWS::EC2::Instance', name: 'i-0123456789abcdef0' },
    evidence: {
      httpTokens: 'optional',
      httpEndpoint: 'enabled',
      httpPutResponseHopLimit: 1,
      instanceProfile: PROFILE,
      roleArn: adminRole.arn,
      adminEquivalent: true,
      sensitiveActions: 'listed',
    },
    relatedResources: [adminRole.arn],
    fingerprint: findingFingerprint('ec2.instance.imdsv1-allowed', instance.arn),
  });
});

test('an instance with no profile is low; IMDSv2 required, endpoint off or terminated do not fire', () => {
  const v1 = { httpTokens: 'optional', httpEndpoint: 'enabled' };
  const inventory = anInventory({
    iam: { roles: [adminRole] },
    ec2: {
      instances: [
        anInstance({ instanceId: 'i-bare', instanceProfileArn: undefined, metadataOptions: v1 }),
        anInstance({ instanceId: 'i-v2' }),
        anInstance({ instanceId: 'i-off', metadataOptions: { httpTokens: 'optional', httpEndpoint: 'disabled' } }),
        anInstance({ instanceId: 'i-gone', state: 'terminated', metadataOptions: v1 }),
      ],
    },
  });
  const findings = engine.evaluateAccount({ inventory, organization: anOrganization() });
  assert.deepEqual(findings.map((finding) => [finding.resource.name, finding.severity]), [['i-bare', 'low']]);
});

test('an IAM gap leaves the instance not assessed, unless it is only Access Advisor (which the rule never reads)', () => {
  const instance = anInstance({ metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled' } });
  const gap = (operation: string) => ({ service: 'iam', operation, region: 'global', errorCode: 'Throttling' });
  const evaluate = (operation: string) =>
    engine.evaluateAccount({ inventory: anInventory({ iam: { roles: [adminRole] }, ec2: { instances: [instance] }, gaps: [gap(operation)] }), organization: anOrganization() });
  assert.equal(evaluate('GetServiceLastAccessedDetails').length, 1);
  assert.deepEqual(evaluate('GetAccountAuthorizationDetails'), []);
});
