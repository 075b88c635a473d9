import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RequestContext } from './condition.evaluator';
import { analyzePermissions } from './permissions.analyzer';
import { evaluateRequest, type RequestDecision } from './request-evaluator';
import { policy, smallCatalog, trust } from './testing.fixtures';
import { canAssume, type AssumeDecision } from './trust-can-assume';
import type { AssumeCaller } from './trust-principal-match';

/**
 * Conformance table: policy, request, expected decision, and the AWS documentation passage the
 * expectation follows (paraphrased). Each row is one request; no AGPL simulator is used.
 */
const GUIDE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide';
const LOGIC = `${GUIDE}/reference_policies_evaluation-logic.html`;
const OPERATORS = `${GUIDE}/reference_policies_elements_condition_operators.html`;
const MULTI = `${GUIDE}/reference_policies_condition-single-vs-multi-valued-context-keys.html`;
const VARIABLES = `${GUIDE}/reference_policies_variables.html`;
const GLOBAL_KEYS = `${GUIDE}/reference_policies_condition-keys.html`;

interface RequestRow {
  readonly name: string;
  readonly passage: string;
  readonly statements: readonly object[];
  readonly boundary?: readonly object[];
  readonly action: string;
  readonly resource: string;
  readonly context?: RequestContext;
  readonly expected: RequestDecision;
}

const ALLOW_ALL = { Effect: 'Allow', Action: '*', Resource: '*' };
const OBJECT = 'arn:aws:s3:::data/report.csv';

const REQUESTS: readonly RequestRow[] = [
  {
    name: 'an explicit Deny overrides any Allow',
    passage: `${LOGIC}: an explicit deny in any policy overrides any allow`,
    statements: [ALLOW_ALL, { Effect: 'Deny', Action: 's3:GetObject', Resource: '*' }],
    action: 's3:GetObject', resource: OBJECT, context: {}, expected: 'denied',
  },
  {
    name: 'no Allow: implicit deny',
    passage: `${LOGIC}: by default all requests are implicitly denied`,
    statements: [{ Effect: 'Allow', Action: 's3:PutObject', Resource: '*' }],
    action: 's3:GetObject', resource: OBJECT, context: {}, expected: 'denied',
  },
  {
    name: 'a permissions boundary caps what identity policies allow',
    passage: `${GUIDE}/access_policies_boundaries.html: effective permissions are the intersection of identity policies and the boundary`,
    statements: [ALLOW_ALL],
    boundary: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
    action: 'ec2:RunInstances', resource: '*', context: {}, expected: 'denied',
  },
  {
    name: 'a boundary alone grants nothing',
    passage: `${GUIDE}/access_policies_boundaries.html: a boundary does not grant permissions on its own`,
    statements: [],
    boundary: [ALLOW_ALL],
    action: 's3:GetObject', resource: OBJECT, context: {}, expected: 'denied',
  },
  {
    name: 'Allow NotAction allows every other action',
    passage: `${GUIDE}/reference_policies_elements_notaction.html: NotAction with Allow allows all actions except those listed`,
    statements: [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }],
    action: 's3:GetObject', resource: OBJECT, context: {}, expected: 'allowed',
  },
  {
    name: 'Allow NotAction does not allow the listed actions',
    passage: `${GUIDE}/reference_policies_elements_notaction.html: the listed actions are not allowed by the statement`,
    statements: [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }],
    action: 'iam:CreateAccessKey', resource: '*', context: {}, expected: 'denied',
  },
  {
    name: 'Deny NotAction denies every other action',
    passage: `${GUIDE}/reference_policies_elements_notaction.html: NotAction with Deny denies all actions except those listed`,
    statements: [ALLOW_ALL, { Effect: 'Deny', NotAction: 's3:GetObject', Resource: '*' }],
    action: 's3:PutObject', resource: OBJECT, context: {}, expected: 'denied',
  },
  {
    name: 'Allow NotResource allows every other resource',
    passage: `${GUIDE}/reference_policies_elements_notresource.html: NotResource matches every resource except those listed`,
    statements: [{ Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::secret/*' }],
    action: 's3:GetObject', resource: 'arn:aws:s3:::secret/key', context: {}, expected: 'denied',
  },
  {
    name: 'Deny NotResource spares only the listed resources',
    passage: `${GUIDE}/reference_policies_elements_notresource.html: Deny with NotResource denies everything but the listed resources`,
    statements: [ALLOW_ALL, { Effect: 'Deny', Action: 's3:*', NotResource: 'arn:aws:s3:::data/*' }],
    action: 's3:GetObject', resource: 'arn:aws:s3:::other/x', context: {}, expected: 'denied',
  },
  {
    name: 'action names ignore case, resource ARNs do not',
    passage: `${GUIDE}/reference_policies_elements_action.html: action names are case-insensitive`,
    statements: [{ Effect: 'Allow', Action: 'S3:getobject', Resource: 'arn:aws:s3:::Data/*' }],
    action: 's3:GetObject', resource: 'arn:aws:s3:::data/x', context: {}, expected: 'denied',
  },
  {
    name: 'ForAllValues fails when one request value is not listed',
    passage: `${MULTI}: ForAllValues tests whether every value of the request is among the policy values`,
    statements: [{ Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'env'] } } }],
    action: 's3:PutObjectTagging', resource: OBJECT, context: { 'aws:TagKeys': ['team', 'owner'] }, expected: 'denied',
  },
  {
    name: 'ForAllValues holds when the key is absent',
    passage: `${MULTI}: ForAllValues returns true when the key is missing or empty`,
    statements: [{ Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } } }],
    action: 's3:PutObject', resource: OBJECT, context: {}, expected: 'allowed',
  },
  {
    name: 'ForAnyValue needs one listed value and fails when the key is absent',
    passage: `${MULTI}: ForAnyValue returns false when the key is missing`,
    statements: [{ Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['team'] } } }],
    action: 's3:PutObject', resource: OBJECT, context: {}, expected: 'denied',
  },
  {
    name: 'ArnLike matches the six parts separately: * does not cross a colon',
    passage: `${OPERATORS}#Conditions_ARN: each of the six colon-delimited components is checked separately`,
    statements: [{ Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:111122223333' } } }],
    action: 's3:PutObject', resource: OBJECT, context: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:topic' }, expected: 'denied',
  },
  {
    name: 'ArnLike with a wildcard inside one part',
    passage: `${OPERATORS}#Conditions_ARN: each component can include * and ?`,
    statements: [{ Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:111122223333:top?c' } } }],
    action: 's3:PutObject', resource: OBJECT, context: { 'aws:SourceArn': 'arn:aws:sns:eu-west-1:111122223333:topic' }, expected: 'allowed',
  },
  {
    name: 'Date operators read ISO 8601 dates',
    passage: `${OPERATORS}#Conditions_Date: dates in ISO 8601 format`,
    statements: [{ Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } } }],
    action: 's3:GetObject', resource: OBJECT, context: { 'aws:CurrentTime': '2029-06-01T12:00:00Z' }, expected: 'allowed',
  },
  {
    name: 'Date operators read epoch seconds',
    passage: `${OPERATORS}#Conditions_Date: or in epoch (UNIX) time`,
    statements: [{ Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { DateGreaterThan: { 'aws:EpochTime': '1893456000' } } }],
    action: 's3:GetObject', resource: OBJECT, context: { 'aws:EpochTime': '1700000000' }, expected: 'denied',
  },
  {
    name: '...IfExists holds when the key is absent',
    passage: `${OPERATORS}#Conditions_IfExists: if the key is not present, the condition evaluates to true`,
    statements: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*', Condition: { StringEqualsIfExists: { 'ec2:InstanceType': 't3.micro' } } }],
    action: 'ec2:RunInstances', resource: '*', context: {}, expected: 'allowed',
  },
  {
    name: 'IpAddress matches a CIDR block',
    passage: `${OPERATORS}#Conditions_IPAddress: IpAddress matches the specified IP address or range`,
    statements: [ALLOW_ALL, { Effect: 'Deny', Action: '*', Resource: '*', Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }],
    action: 's3:GetObject', resource: OBJECT, context: { 'aws:SourceIp': '203.0.113.77' }, expected: 'allowed',
  },
  {
    name: 'a policy variable is replaced by the request value',
    passage: `${VARIABLES}: policy variables are replaced with values from the request context`,
    statements: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::home/${aws:username}/*' }],
    action: 's3:GetObject', resource: 'arn:aws:s3:::home/alice/notes', context: { 'aws:username': 'alice' }, expected: 'allowed',
  },
  {
    name: 'a variable with no value in the request makes its element match nothing (a default applies when given)',
    passage: `${VARIABLES}: a default value is used when the key is not present`,
    statements: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: "arn:aws:s3:::home/${aws:PrincipalTag/team, 'shared'}/*" }],
    action: 's3:GetObject', resource: 'arn:aws:s3:::home/shared/notes', context: {}, expected: 'allowed',
  },
  {
    name: 'an unknown variable value is undecided, never allowed or denied',
    passage: `${VARIABLES}: the value comes from the request context (here unknown)`,
    statements: [ALLOW_ALL, { Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::data/${aws:username}/*' }],
    action: 's3:GetObject', resource: 'arn:aws:s3:::data/alice/x', expected: 'conditional',
  },
  {
    name: 'IAM requests carry aws:RequestedRegion us-east-1',
    passage: `${GLOBAL_KEYS}#condition-keys-requestedregion: global services such as IAM use us-east-1`,
    statements: [ALLOW_ALL, { Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }],
    action: 'iam:PutRolePolicy', resource: 'arn:aws:iam::111122223333:role/app', context: { 'aws:RequestedRegion': 'us-east-1' }, expected: 'denied',
  },
];

describe('conformance: single requests', () => {
  for (const row of REQUESTS) {
    test(row.name, () => {
      const permissions = {
        policies: [policy('identity', ...row.statements)],
        ...(row.boundary === undefined ? {} : { permissionsBoundary: policy('boundary', ...row.boundary) }),
      };
      const request = { action: row.action, resource: row.resource, ...(row.context === undefined ? {} : { context: row.context }) };
      assert.equal(evaluateRequest(permissions, request), row.expected, row.passage);
    });
  }
});

interface AssumeRow {
  readonly name: string;
  readonly passage: string;
  readonly statements: readonly object[];
  readonly caller: AssumeCaller;
  readonly expected: AssumeDecision;
}

const ACCOUNT = '111122223333';
const ASSUMES: readonly AssumeRow[] = [
  {
    name: 'aws:PrincipalArn of a session is its role ARN',
    passage: `${GLOBAL_KEYS}#condition-keys-principalarn: for an assumed-role session, the ARN of the role, not the session`,
    statements: [{ Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'sts:AssumeRole', Condition: { ArnEquals: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/deployer` } } }],
    caller: { arn: `arn:aws:sts::${ACCOUNT}:assumed-role/deployer/s1`, accountId: ACCOUNT },
    expected: 'yes',
  },
  {
    name: 'aws:PrincipalArn of an IAM user is the user ARN',
    passage: `${GLOBAL_KEYS}#condition-keys-principalarn: for an IAM user, the user ARN`,
    statements: [{ Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'sts:AssumeRole', Condition: { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/*` } } }],
    caller: { arn: `arn:aws:iam::${ACCOUNT}:user/ci`, accountId: ACCOUNT },
    expected: 'no',
  },
];

describe('conformance: role trust', () => {
  for (const row of ASSUMES) {
    test(row.name, () => assert.equal(canAssume(trust(...row.statements), row.caller, {}), row.expected, row.passage));
  }
});

describe('conformance: admin equivalence follows some request the caller can send', () => {
  test('Allow * under aws:SecureTransport is admin (the caller uses TLS)', () => {
    const admin = analyzePermissions(
      { policies: [policy('p', { ...ALLOW_ALL, Condition: { Bool: { 'aws:SecureTransport': 'true' } } })] },
      smallCatalog,
    ).adminEquivalence;
    assert.deepEqual([admin.basis, admin.conditionsMet], ['all-actions', ['aws:SecureTransport=true']]);
  });
});
