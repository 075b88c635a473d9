import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { generateWorld } from '@rolecall/aws-sim';
import { collectAccount, createAwsContext, discoverOrganization } from '@rolecall/aws';
import type { AccountInventory, OrganizationContext } from '@rolecall/model';
import { ALL_RULES, RuleEngine, loadActionCatalog, type Rule } from '@rolecall/rules';

const SERVE = resolve(__dirname, '../tools/aws-sim/src/cli/serve.js');
const IN_FLIGHT = 8;

/** Rule id prefixes of part 2: placement, IMDS, container hardening, EKS access. */
const PART2 = [
  'ecs.task-definition.',
  'ecs.service.exec-enabled',
  'iam.role.execution-role-',
  'iam.role.task-role-shared-',
  'iam.role.container-instance-role-',
  'iam.role.eks-node-role-',
  'iam.role.eks-cni-policy-',
  'iam.role.node-role-used-',
  'iam.role.fargate-pod-execution-role-',
  'ec2.',
  'autoscaling.',
  'eks.cluster.',
  'eks.access-entry.cluster-admin-',
];

/**
 * Evaluation time of the part-2 rules (and of every rule, for comparison) over the inventories of a generated
 * organization, collected once from the simulator beforehand. `node dist/bench/rules-evaluation.bench.js [accounts]`.
 */
async function main(): Promise<void> {
  const accounts = Number(process.argv[2] ?? 1000);
  const { inventories, organization } = await collectOrganization(accounts);
  const catalog = await loadActionCatalog();
  const part2 = ALL_RULES.filter((rule) => PART2.some((prefix) => rule.metadata.id.startsWith(prefix)));
  const report = {
    accounts: inventories.length,
    ...sizes(inventories),
    part2: measure(new RuleEngine(part2, catalog), inventories, organization, part2),
    allRules: measure(new RuleEngine(ALL_RULES, catalog), inventories, organization, ALL_RULES),
    rssMb: Math.round(process.memoryUsage().rss / 1048576),
  };
  console.log(JSON.stringify(report, null, 2));
}

function measure(engine: RuleEngine, inventories: AccountInventory[], organization: OrganizationContext, rules: readonly Rule[]) {
  const perAccount: number[] = [];
  const byRule = new Map<string, number>();
  const start = performance.now();
  for (const inventory of inventories) {
    const begun = performance.now();
    const findings = engine.evaluateAccount({ inventory, organization });
    perAccount.push(performance.now() - begun);
    for (const finding of findings) byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
  }
  const totalMs = performance.now() - start;
  perAccount.sort((a, b) => a - b);
  const at = (q: number) => Math.round((perAccount[Math.min(perAccount.length - 1, Math.floor(q * perAccount.length))] ?? 0) * 10) / 10;
  return {
    rules: rules.length,
    totalMs: Math.round(totalMs),
    meanMsPerAccount: Math.round((totalMs / inventories.length) * 10) / 10,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: at(1),
    findings: [...byRule.values()].reduce((sum, count) => sum + count, 0),
    findingsByRule: Object.fromEntries([...byRule].sort(([a], [b]) => a.localeCompare(b))),
  };
}

function sizes(inventories: AccountInventory[]) {
  const count = (pick: (inventory: AccountInventory) => unknown[]) => inventories.reduce((sum, inventory) => sum + pick(inventory).length, 0);
  return {
    roles: count((inventory) => inventory.iam.roles),
    taskDefinitions: count((inventory) => inventory.ecs.taskDefinitions),
    instances: count((inventory) => inventory.ec2.instances),
    eksClusters: count((inventory) => inventory.eks.clusters),
  };
}

async function collectOrganization(accounts: number): Promise<{ inventories: AccountInventory[]; organization: OrganizationContext }> {
  const worldPath = join(tmpdir(), `rolecall-rules-bench-${process.pid}.json`);
  writeFileSync(worldPath, JSON.stringify(generateWorld({ accounts, seed: 1 })));
  const sim = spawn(process.execPath, [SERVE, '--world', worldPath, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const url = await new Promise<string>((done) => {
      createInterface({ input: sim.stdout! }).on('line', (line) => line.startsWith('http') && done(line.trim()));
    });
    Object.assign(process.env, { AWS_ENDPOINT_URL: url, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'AKIDBENCH', AWS_SECRET_ACCESS_KEY: 'x' });
    const aws = createAwsContext({ memberRoleName: 'RolecallAudit', externalId: 'rolecall-demo', accessAdvisor: { pollIntervalMs: 1 }, kubernetes: { allowInsecureLoopback: true } });
    const organization = await discoverOrganization(aws);
    const inventories: AccountInventory[] = [];
    const queue = [...organization.accounts];
    const worker = async () => {
      for (let account = queue.shift(); account; account = queue.shift()) {
        const collected = await collectAccount(aws, { scanId: '00000000-0000-4000-8000-000000000000', accountId: account.id }).catch(() => undefined);
        if (collected) inventories.push(collected.inventory);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    inventories.sort((a, b) => a.accountId.localeCompare(b.accountId));
    return { inventories, organization };
  } finally {
    sim.kill('SIGTERM');
  }
}

void main();
