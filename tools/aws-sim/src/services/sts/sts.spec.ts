import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { ECSClient, ListClustersCommand } from '@aws-sdk/client-ecs';
import { type RunningSimulator, startSimulator } from '../../server/start-simulator';
import { assumeAudit, clientConfig, DEV, MANAGEMENT, PROD, SANDBOX, startSample } from '../../testing/sim-fixture';

describe('STS', () => {
  let sim: RunningSimulator;
  let now = Date.parse('2025-01-01T00:00:00Z');
  before(async () => {
    sim = await startSample({ clock: () => now });
  });
  after(() => sim.stop());

  const auditArn = (account: string) => `arn:aws:iam::${account}:role/RolecallAudit`;
  const sts = () => new STSClient(clientConfig(sim));

  test('unknown access keys are the scanner principal of the management account', async () => {
    const identity = await sts().send(new GetCallerIdentityCommand({}));
    assert.equal(identity.Account, MANAGEMENT);
    assert.equal(identity.Arn, `arn:aws:sts::${MANAGEMENT}:assumed-role/RolecallScanner/rolecall`);
    assert.match(identity.UserId ?? '', /^AROA[A-Z0-9]{17}:rolecall$/);
  });

  test('AssumeRole returns ASIA credentials expiring after DurationSeconds, bound to the role', async () => {
    const result = await sts().send(
      new AssumeRoleCommand({ RoleArn: auditArn(PROD), RoleSessionName: 'scan-1', ExternalId: 'rolecall-demo', DurationSeconds: 1800 }),
    );
    assert.match(result.Credentials?.AccessKeyId ?? '', /^ASIA[A-Z2-7]{16}$/);
    assert.equal(result.Credentials?.Expiration?.toISOString(), new Date(now + 1800_000).toISOString());
    assert.equal(result.AssumedRoleUser?.Arn, `arn:aws:sts::${PROD}:assumed-role/RolecallAudit/scan-1`);
    assert.match(result.AssumedRoleUser?.AssumedRoleId ?? '', /^AROA[A-Z0-9]{17}:scan-1$/);
  });

  test('calls signed with assumed credentials see that account only', async () => {
    const credentials = await assumeAudit(sim, DEV);
    const identity = await new STSClient(clientConfig(sim, 'us-east-1', credentials)).send(new GetCallerIdentityCommand({}));
    assert.equal(identity.Account, DEV);
    assert.equal(identity.Arn, `arn:aws:sts::${DEV}:assumed-role/RolecallAudit/rolecall`);
    const clusters = await new ECSClient(clientConfig(sim, 'us-east-1', credentials)).send(new ListClustersCommand({}));
    assert.deepEqual(clusters.clusterArns, [`arn:aws:ecs:us-east-1:${DEV}:cluster/dev-apps`]);
    const scannerView = await new ECSClient(clientConfig(sim)).send(new ListClustersCommand({}));
    assert.deepEqual(scannerView.clusterArns, []);
  });

  const denied = async (input: ConstructorParameters<typeof AssumeRoleCommand>[0], client = sts()) => {
    await assert.rejects(client.send(new AssumeRoleCommand(input)), (error: Error & { $metadata: { httpStatusCode?: number } }) => {
      assert.equal(error.name, 'AccessDenied');
      assert.equal(error.$metadata.httpStatusCode, 403);
      assert.equal(error.message, `User: arn:aws:sts::${MANAGEMENT}:assumed-role/RolecallScanner/rolecall is not authorized to perform: sts:AssumeRole on resource: ${input.RoleArn}`);
      return true;
    });
  };

  test('AccessDenied: wrong or missing ExternalId, missing role, unknown account', async () => {
    await denied({ RoleArn: auditArn(PROD), RoleSessionName: 'scan', ExternalId: 'wrong' });
    await denied({ RoleArn: auditArn(PROD), RoleSessionName: 'scan' });
    await denied({ RoleArn: auditArn(SANDBOX), RoleSessionName: 'scan', ExternalId: 'rolecall-demo' });
    await denied({ RoleArn: `arn:aws:iam::${PROD}:role/NoSuchRole`, RoleSessionName: 'scan', ExternalId: 'rolecall-demo' });
    await denied({ RoleArn: 'arn:aws:iam::999999999999:role/RolecallAudit', RoleSessionName: 'scan', ExternalId: 'rolecall-demo' });
  });

  test('AccessDenied when the trust does not admit the caller (an audit session is not the scanner)', async () => {
    const prodSession = new STSClient(clientConfig(sim, 'us-east-1', await assumeAudit(sim, PROD)));
    await assert.rejects(
      prodSession.send(new AssumeRoleCommand({ RoleArn: auditArn(DEV), RoleSessionName: 'scan', ExternalId: 'rolecall-demo' })),
      { name: 'AccessDenied' },
    );
  });

  test('DurationSeconds beyond the role maximum is a ValidationError', async () => {
    await assert.rejects(
      sts().send(new AssumeRoleCommand({ RoleArn: auditArn(PROD), RoleSessionName: 'scan', ExternalId: 'rolecall-demo', DurationSeconds: 7200 })),
      { name: 'ValidationError', message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.' },
    );
  });

  test('expired simulator credentials fail with ExpiredToken / ExpiredTokenException', async () => {
    const credentials = await assumeAudit(sim, PROD);
    now += 3600_000 + 1;
    await assert.rejects(new STSClient(clientConfig(sim, 'us-east-1', credentials)).send(new GetCallerIdentityCommand({})), {
      name: 'ExpiredTokenException',
      message: 'The security token included in the request is expired',
    });
    await assert.rejects(new ECSClient(clientConfig(sim, 'us-east-1', credentials)).send(new ListClustersCommand({})), { name: 'ExpiredTokenException' });
  });
});

test('role chaining: a session may assume a role that trusts it, for at most one hour', async () => {
  const trustAccount = (account: string) => ({
    Version: '2012-10-17' as const,
    Statement: { Effect: 'Allow' as const, Principal: { AWS: account }, Action: 'sts:AssumeRole' },
  });
  const sim = await startSimulator({
    world: {
      organization: { id: 'o-chaining00', managementAccountId: MANAGEMENT },
      scanner: { principalArn: `arn:aws:iam::${MANAGEMENT}:user/scanner` },
      accounts: [
        { id: MANAGEMENT, name: 'm', joinedTimestamp: '2024-01-01T00:00:00Z', regions: ['us-east-1'], iam: { roles: [{ RoleName: 'hop', CreateDate: '2024-01-01T00:00:00Z', AssumeRolePolicyDocument: trustAccount(MANAGEMENT) }] } },
        { id: PROD, name: 'p', joinedTimestamp: '2024-01-01T00:00:00Z', regions: ['us-east-1'], iam: { roles: [{ RoleName: 'long', MaxSessionDuration: 14400, CreateDate: '2024-01-01T00:00:00Z', AssumeRolePolicyDocument: trustAccount(MANAGEMENT) }] } },
      ],
    },
  });
  try {
    const scanner = new STSClient(clientConfig(sim));
    assert.equal((await scanner.send(new GetCallerIdentityCommand({}))).Arn, `arn:aws:iam::${MANAGEMENT}:user/scanner`);
    const long = `arn:aws:iam::${PROD}:role/long`;
    const direct = await scanner.send(new AssumeRoleCommand({ RoleArn: long, RoleSessionName: 'direct', DurationSeconds: 14400 }));
    assert.equal(direct.AssumedRoleUser?.Arn, `arn:aws:sts::${PROD}:assumed-role/long/direct`);
    const hop = await scanner.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${MANAGEMENT}:role/hop`, RoleSessionName: 'hop' }));
    const chained = new STSClient(clientConfig(sim, 'us-east-1', {
      accessKeyId: hop.Credentials?.AccessKeyId ?? '',
      secretAccessKey: hop.Credentials?.SecretAccessKey ?? '',
      sessionToken: hop.Credentials?.SessionToken,
    }));
    await assert.rejects(chained.send(new AssumeRoleCommand({ RoleArn: long, RoleSessionName: 'chained', DurationSeconds: 7200 })), {
      name: 'ValidationError',
      message: 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
    });
    const ok = await chained.send(new AssumeRoleCommand({ RoleArn: long, RoleSessionName: 'chained', DurationSeconds: 3600 }));
    assert.equal(ok.AssumedRoleUser?.Arn, `arn:aws:sts::${PROD}:assumed-role/long/chained`);
  } finally {
    await sim.stop();
  }
});
