import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  GenerateServiceLastAccessedDetailsCommand, GetAccountAuthorizationDetailsCommand, GetOpenIDConnectProviderCommand,
  GetServiceLastAccessedDetailsCommand, IAMClient, ListOpenIDConnectProvidersCommand, ListRolesCommand, paginateGetAccountAuthorizationDetails,
  type RoleDetail, type ManagedPolicyDetail,
} from '@aws-sdk/client-iam';
import type { RunningSimulator } from '../../server/start-simulator';
import { assumeAudit, clientConfig, PROD, sampleWorld, startSample } from '../../testing/sim-fixture';
import { parseWorld } from '../../world/parse-world';

describe('IAM', () => {
  let sim: RunningSimulator;
  let iam: IAMClient;
  const prodWorld = () => parseWorld(sampleWorld()).accounts[1];
  before(async () => {
    sim = await startSample();
    iam = new IAMClient(clientConfig(sim, 'us-east-1', await assumeAudit(sim, PROD)));
  });
  after(() => sim.stop());

  test('GetAccountAuthorizationDetails pages with Marker and returns every role once, documents URL-encoded', async () => {
    const roles: RoleDetail[] = [];
    const policies: ManagedPolicyDetail[] = [];
    let pages = 0;
    for await (const page of paginateGetAccountAuthorizationDetails({ client: iam, pageSize: 5 }, {})) {
      pages++;
      roles.push(...(page.RoleDetailList ?? []));
      policies.push(...(page.Policies ?? []));
      assert.ok((page.RoleDetailList?.length ?? 0) + (page.Policies?.length ?? 0) <= 5);
    }
    const world = prodWorld();
    assert.deepEqual(roles.map((role) => role.RoleName), world.iam.roles.map((role) => role.RoleName));
    assert.equal(pages, Math.ceil((roles.length + policies.length) / 5));
    const orders = roles.find((role) => role.RoleName === 'orders-task-role');
    const worldOrders = world.iam.roles.find((role) => role.RoleName === 'orders-task-role');
    assert.deepEqual(JSON.parse(decodeURIComponent(orders?.AssumeRolePolicyDocument ?? '')), worldOrders?.AssumeRolePolicyDocument);
    assert.deepEqual(orders?.AttachedManagedPolicies, [{ PolicyName: 'AdministratorAccess', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }]);
    assert.deepEqual(orders?.RoleLastUsed, { LastUsedDate: new Date('2024-06-02T12:00:00Z'), Region: 'us-east-1' });
    const node = roles.find((role) => role.RoleName === 'eks-node-role');
    assert.equal(node?.InstanceProfileList?.[0].Arn, `arn:aws:iam::${PROD}:instance-profile/eks-node-role`);
    assert.equal(node?.InstanceProfileList?.[0].Roles?.[0].RoleName, 'eks-node-role');
    const payments = roles.find((role) => role.RoleName === 'payments-task-role');
    assert.deepEqual(payments?.PermissionsBoundary, { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: `arn:aws:iam::${PROD}:policy/workload-boundary` });
    assert.deepEqual(JSON.parse(decodeURIComponent(payments?.RolePolicyList?.[0].PolicyDocument ?? '')), world.iam.roles.find((r) => r.RoleName === 'payments-task-role')?.RolePolicyList[0].PolicyDocument);
  });

  test('managed policies: customer ones with all versions, attached AWS ones with their real default document', async () => {
    const local = await iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['LocalManagedPolicy'] }));
    assert.deepEqual(local.RoleDetailList, []);
    assert.equal(local.IsTruncated, false);
    const boundary = local.Policies?.[0];
    assert.equal(boundary?.Arn, `arn:aws:iam::${PROD}:policy/workload-boundary`);
    assert.equal(boundary?.DefaultVersionId, 'v2');
    assert.equal(boundary?.AttachmentCount, 0);
    assert.equal(boundary?.PermissionsBoundaryUsageCount, 1);
    assert.deepEqual(boundary?.PolicyVersionList?.map((v) => [v.VersionId, v.IsDefaultVersion]), [['v1', false], ['v2', true]]);

    const aws = await iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['AWSManagedPolicy'], MaxItems: 100 }));
    const admin = aws.Policies?.find((policy) => policy.PolicyName === 'AdministratorAccess');
    assert.equal(admin?.Arn, 'arn:aws:iam::aws:policy/AdministratorAccess');
    assert.equal(admin?.AttachmentCount, 2);
    assert.deepEqual(JSON.parse(decodeURIComponent(admin?.PolicyVersionList?.[0].Document ?? '')), {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    });
    const execution = aws.Policies?.find((policy) => policy.PolicyName === 'AmazonECSTaskExecutionRolePolicy');
    assert.equal(execution?.Path, '/service-role/');
    const document = JSON.parse(decodeURIComponent(execution?.PolicyVersionList?.[0].Document ?? ''));
    assert.ok(document.Statement[0].Action.includes('ecr:GetAuthorizationToken'));
    assert.equal(aws.Policies?.some((policy) => policy.PolicyName === 'PowerUserAccess'), false, 'unattached AWS managed policies are not listed');
  });

  test('an operation the simulator does not serve is InvalidAction', async () => {
    await assert.rejects(iam.send(new ListRolesCommand({})), (error: Error & { $metadata: { httpStatusCode?: number } }) => {
      assert.equal(error.name, 'InvalidAction');
      assert.equal(error.message, 'Could not find operation ListRoles for version 2010-05-08');
      assert.equal(error.$metadata.httpStatusCode, 400);
      return true;
    });
  });

  test('an unknown Filter value is a ValidationError; a forged Marker is InvalidInput', async () => {
    await assert.rejects(iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['Robots' as 'Role'] })), { name: 'ValidationError' });
    await assert.rejects(iam.send(new GetAccountAuthorizationDetailsCommand({ Marker: 'bm90LWEtdG9rZW4' })), { name: 'InvalidInputException' });
  });

  test('OpenID Connect providers: listed by ARN, read with the URL without scheme', async () => {
    const list = await iam.send(new ListOpenIDConnectProvidersCommand({}));
    const arn = `arn:aws:iam::${PROD}:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/5E4A1B2C3D4E5F60718293A4B5C6D7E8`;
    assert.deepEqual(list.OpenIDConnectProviderList, [{ Arn: arn }, { Arn: `arn:aws:iam::${PROD}:oidc-provider/token.actions.githubusercontent.com` }]);
    const provider = await iam.send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn }));
    assert.equal(provider.Url, 'oidc.eks.eu-west-1.amazonaws.com/id/5E4A1B2C3D4E5F60718293A4B5C6D7E8');
    assert.deepEqual(provider.ClientIDList, ['sts.amazonaws.com']);
    await assert.rejects(iam.send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: `${arn}X` })), { name: 'NoSuchEntityException' });
  });

  test('service last accessed: the first poll is IN_PROGRESS, the next COMPLETED with the role data', async () => {
    const arn = `arn:aws:iam::${PROD}:role/orders-task-role`;
    const { JobId } = await iam.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: arn }));
    const first = await iam.send(new GetServiceLastAccessedDetailsCommand({ JobId }));
    assert.equal(first.JobStatus, 'IN_PROGRESS');
    assert.deepEqual(first.ServicesLastAccessed, []);
    const second = await iam.send(new GetServiceLastAccessedDetailsCommand({ JobId, MaxItems: 2 }));
    assert.equal(second.JobStatus, 'COMPLETED');
    assert.deepEqual(second.ServicesLastAccessed?.map((s) => [s.ServiceNamespace, s.TotalAuthenticatedEntities]), [['dynamodb', 1], ['iam', 0]]);
    assert.equal(second.IsTruncated, true);
    const third = await iam.send(new GetServiceLastAccessedDetailsCommand({ JobId, Marker: second.Marker }));
    assert.deepEqual(third.ServicesLastAccessed?.map((s) => s.ServiceNamespace), ['s3']);
    await assert.rejects(iam.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: `arn:aws:iam::${PROD}:role/ghost` })), { name: 'NoSuchEntityException' });
    await assert.rejects(iam.send(new GetServiceLastAccessedDetailsCommand({ JobId: 'no-such-job' })), { name: 'NoSuchEntityException' });
  });
});
