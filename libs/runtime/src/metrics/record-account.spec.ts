import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RolecallMetrics, recordAccountScan } from '@rolecall/runtime';

test('an account scan counts its result, AWS attempts, throttles left after retries and findings', async () => {
  const metrics = new RolecallMetrics();
  recordAccountScan(metrics, {
    status: 'partial',
    awsCalls: { 'ecs:ListClusters': 3, 'iam:GetAccountAuthorizationDetails': 2 },
    gaps: [{ service: 'ecs', operation: 'ListClusters', region: 'us-east-1', errorCode: 'ThrottlingException', message: 'Rate exceeded' }],
    findings: [{ severity: 'high' }, { severity: 'high' }, { severity: 'low' }],
  });
  const lines = (await metrics.text()).split('\n').filter((line) => /^rolecall_(accounts|aws|findings)/.test(line));
  assert.deepEqual(lines.sort(), [
    'rolecall_accounts_scanned_total{status="partial"} 1',
    'rolecall_aws_call_failures_total{service="ecs",error="ThrottlingException"} 1',
    'rolecall_aws_calls_total{service="ecs",operation="ListClusters"} 3',
    'rolecall_aws_calls_total{service="iam",operation="GetAccountAuthorizationDetails"} 2',
    'rolecall_aws_throttles_total{service="ecs"} 1',
    'rolecall_findings_total{severity="high"} 2',
    'rolecall_findings_total{severity="low"} 1',
  ]);
});

test('AWS attempts are exposed by service and outcome, throttled attempts included', async () => {
  const metrics = new RolecallMetrics();
  recordAccountScan(metrics, {
    status: 'succeeded',
    awsCalls: { 'ecs:ListClusters': 5, 'ec2:DescribeInstances': 4 },
    awsOutcomes: { 'ecs:success': 3, 'ecs:throttled': 2, 'ec2:success': 3, 'ec2:server_error': 1 },
    gaps: [],
    findings: [],
  });
  recordAccountScan(metrics, {
    status: 'partial',
    awsCalls: { 'ecs:ListClusters': 2 },
    awsOutcomes: { 'ecs:throttled': 1, 'ecs:client_error': 1, 'ecs:not-an-outcome': 1 },
    gaps: [],
    findings: [],
  });
  const text = await metrics.text();
  const block = text.slice(text.indexOf('# HELP rolecall_aws_attempts_total'), text.indexOf('\n\n', text.indexOf('# HELP rolecall_aws_attempts_total')));
  assert.equal(
    block,
    [
      '# HELP rolecall_aws_attempts_total AWS HTTP attempts (retries included) by service and outcome: success, throttled, client_error, server_error or network_error',
      '# TYPE rolecall_aws_attempts_total counter',
      'rolecall_aws_attempts_total{service="ecs",outcome="success"} 3',
      'rolecall_aws_attempts_total{service="ecs",outcome="throttled"} 3',
      'rolecall_aws_attempts_total{service="ec2",outcome="success"} 3',
      'rolecall_aws_attempts_total{service="ec2",outcome="server_error"} 1',
      'rolecall_aws_attempts_total{service="ecs",outcome="client_error"} 1',
      'rolecall_aws_attempts_total{service="ecs",outcome="other"} 1',
    ].join('\n'),
  );
  // No gap was throttled: the after-retries counter stays empty.
  assert.equal(text.includes('rolecall_aws_throttles_total{'), false);
});

test('an account result without outcomes (an older caller) adds no attempt series', async () => {
  const metrics = new RolecallMetrics();
  recordAccountScan(metrics, { status: 'failed', awsCalls: { 'sts:AssumeRole': 1 }, gaps: [], findings: [] });
  const lines = (await metrics.text()).split('\n').filter((line) => line.startsWith('rolecall_aws_'));
  assert.deepEqual(lines, ['rolecall_aws_calls_total{service="sts",operation="AssumeRole"} 1']);
});
