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
      optionsSource: 'instance',
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

test('an instance whose options DescribeInstances left out fires, and the evidence says what was and was not seen', () => {
  const bare = anInstance({ instanceId: 'i-bastion', instanceProfileArn: undefined, metadataOptions: {} });
  const defaults = [{ region: 'us-east-1', httpTokens: 'required' }];
  const findings = (metadataDefaults: typeof defaults) =>
    decided(engine.evaluateAccount({ inventory: anInventory({ ec2: { instances: [bare], metadataDefaults } }), organization: anOrganization() }));
  const assumed = 'IMDSv1 allowed: EC2 launches with HttpTokens optional unless the AMI or the account default requires IMDSv2';
  assert.deepEqual(findings([]).map((finding) => finding.evidence), [{
    optionsSource: 'not reported by DescribeInstances', httpTokens: null, httpEndpoint: null, httpPutResponseHopLimit: null,
    assumed, accountDefault: null, instanceProfile: null, roleArn: null,
  }]);
  assert.deepEqual(findings(defaults)[0]?.evidence.accountDefault, { httpTokens: 'required', httpEndpoint: null, httpPutResponseHopLimit: null });
});

test('the instance\'s own options decide: unread roles or account defaults never hide it, the evidence says what was not read', () => {
  const instance = anInstance({ metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled' } });
  const gaps = [
    { service: 'iam', operation: 'GetAccountAuthorizationDetails', region: 'global', errorCode: 'Throttling' },
    { service: 'ec2', operation: 'GetInstanceMetadataDefaults', region: 'us-east-1', errorCode: 'UnauthorizedOperation' },
    { service: 'iam', operation: 'GenerateServiceLastAccessedDetails', region: 'global', errorCode: 'AccessDenied' },
  ];
  const { findings, notAssessed } = engine.assessAccount({ inventory: anInventory({ ec2: { instances: [instance] }, gaps }), organization: anOrganization() });
  assert.deepEqual(findings.map((finding) => [finding.resource.name, finding.severity, finding.evidence.unread]), [
    ['i-0123456789abcdef0', 'medium', [{ service: 'iam', operation: 'GetAccountAuthorizationDetails', errorCode: 'Throttling' }]],
  ]);
  assert.deepEqual(notAssessed, []);
});

test('a failed DescribeInstances leaves the region not assessed', () => {
  const gap = { service: 'ec2', operation: 'DescribeInstances', region: 'us-east-1', errorCode: 'RequestLimitExceeded' };
  const { findings, notAssessed } = engine.assessAccount({ inventory: anInventory({ gaps: [gap] }), organization: anOrganization() });
  assert.deepEqual(findings, []);
  assert.deepEqual(notAssessed.map((entry) => [entry.ruleId, entry.region, entry.resource, entry.missing]), [
    ['ec2.instance.imdsv1-allowed', 'us-east-1', null, [{ service: 'ec2', operation: 'DescribeInstances', errorCode: 'RequestLimitExceeded' }]],
  ]);
});
