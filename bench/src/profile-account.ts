import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { generateWorld } from '@rolecall/aws-sim';
import { collectAccount, createAwsContext, discoverOrganization } from '@rolecall/aws';
import { ALL_RULES, RuleEngine, loadActionCatalog } from '@rolecall/rules';

const SERVE = resolve(__dirname, '../../tools/aws-sim/src/cli/serve.js');

/**
 * Where a worker's CPU goes per account: collection (AWS SDK: signing, HTTP, XML/JSON parsing) versus
 * rule evaluation, accounts one at a time, the simulator in its own process and without latency.
 * `node dist/bench/src/profile-account.js [accounts]`.
 */
async function main(): Promise<void> {
  const accounts = Number(process.argv[2] ?? 50);
  const worldPath = join(tmpdir(), `rolecall-profile-${process.pid}.json`);
  writeFileSync(worldPath, JSON.stringify(generateWorld({ accounts, seed: 1 })));
  const sim = spawn(process.execPath, [SERVE, '--world', worldPath, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((done) => {
    createInterface({ input: sim.stdout! }).on('line', (line) => line.startsWith('http') && done(line.trim()));
  });
  Object.assign(process.env, { AWS_ENDPOINT_URL: url, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'AKIDPROFILE', AWS_SECRET_ACCESS_KEY: 'x' });
  try {
    const aws = createAwsContext({ memberRoleName: 'RolecallAudit', externalId: 'rolecall-demo', accessAdvisor: { pollIntervalMs: 1 } });
    const engine = new RuleEngine(ALL_RULES, await loadActionCatalog());
    const organization = await discoverOrganization(aws);
    let collectCpu = 0;
    let rulesCpu = 0;
    let calls = 0;
    let findings = 0;
    for (const account of organization.accounts) {
      const before = process.cpuUsage();
      const collected = await collectAccount(aws, { scanId: '00000000-0000-4000-8000-000000000000', accountId: account.id }).catch(() => undefined);
      const afterCollect = process.cpuUsage(before);
      collectCpu += (afterCollect.user + afterCollect.system) / 1e6;
      if (!collected) continue;
      calls += Object.values(collected.awsCalls).reduce((sum, count) => sum + count, 0);
      const ruleStart = process.cpuUsage();
      findings += engine.evaluateAccount({ inventory: collected.inventory, organization }).length;
      const ruleCpu = process.cpuUsage(ruleStart);
      rulesCpu += (ruleCpu.user + ruleCpu.system) / 1e6;
    }
    const n = organization.accounts.length;
    const ms = (seconds: number) => Math.round((seconds * 1000) / n);
    console.log(JSON.stringify({ accounts: n, calls, findings, collectCpuMsPerAccount: ms(collectCpu), rulesCpuMsPerAccount: ms(rulesCpu), collectCpuMsPerCall: Math.round((collectCpu * 1000 * 100) / calls) / 100, rssMb: Math.round(process.memoryUsage().rss / 1048576) }));
  } finally {
    sim.kill('SIGTERM');
  }
}

void main();
