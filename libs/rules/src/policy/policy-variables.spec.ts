import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePermissions } from './permissions.analyzer';
import { substituteVariables, variablesIn, widenVariables } from './policy-variables';
import { evaluateRequest } from './request-evaluator';
import { policy, smallCatalog } from './testing.fixtures';

describe('policy variables', () => {
  test('read with defaults; ${*} ${?} ${$} are escapes, not variables', () => {
    assert.deepEqual(variablesIn("a/${aws:username}/${aws:PrincipalTag/team, 'none'}/${*}"), ['aws:username', 'aws:PrincipalTag/team']);
    assert.equal(widenVariables('arn:aws:s3:::data/${aws:username}/${?}'), 'arn:aws:s3:::data/*/${?}');
    assert.deepEqual(substituteVariables("x/${aws:PrincipalTag/team, 'none'}", {}, 'absent', false), { kind: 'value', text: 'x/none' });
    assert.deepEqual(substituteVariables('x/${aws:username}', { 'AWS:USERNAME': 'a*b' }, 'absent', true), { kind: 'value', text: 'x/a${*}b' });
    assert.deepEqual(substituteVariables('x/${aws:username}', {}, 'absent', true), { kind: 'absent', key: 'aws:username' });
    assert.deepEqual(substituteVariables('x/${aws:username}', undefined, 'absent', true), { kind: 'unknown', key: 'aws:username' });
    assert.deepEqual(substituteVariables('x/${aws:username}', {}, 'undecided', true), { kind: 'unknown', key: 'aws:username' });
  });
});

describe('issue 14 case 3: variables are substituted, never compared as text', () => {
  const OWN = 'arn:aws:s3:::data/alice/report.csv';
  const permissions = {
    policies: [
      policy(
        'p',
        { Effect: 'Allow', Action: 's3:*', Resource: '*' },
        { Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::data/${aws:username}/*' },
      ),
    ],
  };

  test('a Deny on data/${aws:username}/* denies the user her own prefix, spares the others, and is undecided without a context', () => {
    assert.equal(evaluateRequest(permissions, { action: 's3:GetObject', resource: OWN, context: { 'aws:username': 'alice' } }), 'denied');
    assert.equal(evaluateRequest(permissions, { action: 's3:GetObject', resource: OWN, context: { 'aws:username': 'bob' } }), 'allowed');
    assert.equal(evaluateRequest(permissions, { action: 's3:GetObject', resource: OWN }), 'conditional');
    assert.equal(evaluateRequest(permissions, { action: 's3:GetObject', resource: OWN, context: {} }), 'allowed', 'no user name: the Deny names nothing');
  });

  test('a Deny conditioned on ${aws:PrincipalTag/team} applies by the tag, undecided while the tag is unknown', () => {
    const abacDeny = {
      policies: [
        policy(
          'p',
          { Effect: 'Allow', Action: 's3:*', Resource: '*' },
          { Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { StringNotEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } } },
        ),
      ],
    };
    const request = (context?: Record<string, string>) =>
      evaluateRequest(abacDeny, { action: 's3:GetObject', resource: OWN, ...(context === undefined ? {} : { context }) });
    assert.equal(request({ 'aws:ResourceTag/team': 'red', 'aws:PrincipalTag/team': 'blue' }), 'denied');
    assert.equal(request({ 'aws:ResourceTag/team': 'red', 'aws:PrincipalTag/team': 'red' }), 'allowed');
    assert.equal(request(), 'conditional');
  });

  test('an ABAC Allow on home/${aws:username}/* allows the user her own prefix only', () => {
    const abac = { policies: [policy('p', { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::home/${aws:username}/*' })] };
    assert.equal(evaluateRequest(abac, { action: 's3:GetObject', resource: 'arn:aws:s3:::home/alice/x', context: { 'aws:username': 'alice' } }), 'allowed');
    assert.equal(evaluateRequest(abac, { action: 's3:GetObject', resource: 'arn:aws:s3:::home/bob/x', context: { 'aws:username': 'alice' } }), 'denied');
    assert.equal(evaluateRequest(abac, { action: 's3:GetObject', resource: 'arn:aws:s3:::home/alice/x' }), 'conditional');
  });

  test('for risk analysis, a Deny that may apply makes the grant conditional, depending on the variable', () => {
    const grant = analyzePermissions(permissions, smallCatalog).grants.get('s3:GetObject');
    assert.deepEqual(
      grant?.scopes.map((s) => [s.pattern, s.conditional, s.dependsOn]),
      [['*', true, ['${aws:username}']]],
    );
    const paths = analyzePermissions(
      {
        policies: [
          policy(
            'p',
            { Effect: 'Allow', Action: ['iam:PassRole', 'ecs:RunTask'], Resource: '*' },
            { Effect: 'Deny', Action: 'iam:PassRole', Resource: '*', Condition: { StringNotEquals: { 'aws:PrincipalTag/deployer': 'yes' } } },
          ),
        ],
      },
      smallCatalog,
    ).privilegeEscalationPaths;
    assert.deepEqual(paths.map((p) => [p.id, p.conditional, p.dependsOn]), [['pass-role-ecs', true, ['aws:PrincipalTag/deployer']]]);
  });
});
