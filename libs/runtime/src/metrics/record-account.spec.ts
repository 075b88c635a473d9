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
