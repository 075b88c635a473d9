import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadWorld, sampleWorldPath, startSimulator } from '@rolecall/aws-sim';
import { ApiClient } from '@rolecall/api-client';
import { progressReporter, waitForHealthy, waitForTerminal } from './demo-client';
import { printSummary } from './demo-summary';

const OUTPUT_DIR = resolve(process.env.ROLECALL_DEMO_OUT ?? 'demo-output');
const DEV_ENTRY = resolve(__dirname, '../../../apps/api/src/dev.js');

/**
 * `npm run demo`: the simulator serves a sample organization; the daemon (`dev`: api and worker in one
 * process, PGlite in a temporary directory) scans it through its real path; results land in demo-output/.
 */
async function main(): Promise<void> {
  const sim = await startSimulator({ world: loadWorld(sampleWorldPath()), port: 0 });
  const dataDir = mkdtempSync(join(tmpdir(), 'rolecall-demo-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const token = `rc_demo_${randomBytes(24).toString('base64url')}`;
  const api = new ApiClient({ baseUrl, token });
  const daemon = spawn(process.execPath, [DEV_ENTRY, '--no-banner'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: '',
      ROLECALL_DATA_DIR: dataDir,
      ROLECALL_ADMIN_TOKEN: token,
      ROLECALL_EXTERNAL_ID: 'rolecall-demo',
      ROLECALL_QUEUE_PREFIX: `rolecall-demo-${process.pid}`,
      ROLECALL_LOG_LEVEL: 'warn',
      AWS_ENDPOINT_URL: sim.url,
      ROLECALL_ALLOW_INSECURE_KUBERNETES: 'true',
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'AKIDDEMOSCANNER',
      AWS_SECRET_ACCESS_KEY: 'demo-secret',
    },
  });
  console.log(`AWS simulator at ${sim.url}; Rolecall at ${baseUrl}`);
  try {
    await waitForHealthy(api, daemon);
    const created = await api.call('createScan', { body: { scope: { organization: true } } });
    const progress = progressReporter();
    const scan = await waitForTerminal(api, created.id, progress.update);
    progress.end();
    const findings = await api.all('listScanFindings', { path: { id: scan.id }, query: { limit: 500 } });
    const notAssessed = await api.all('listNotAssessed', { path: { id: scan.id }, query: { limit: 500 } });
    mkdirSync(OUTPUT_DIR, { recursive: true });
    writeFileSync(join(OUTPUT_DIR, 'scan.json'), `${JSON.stringify(scan, null, 2)}\n`);
    writeFileSync(join(OUTPUT_DIR, 'findings.json'), `${JSON.stringify(findings, null, 2)}\n`);
    writeFileSync(join(OUTPUT_DIR, 'not-assessed.json'), `${JSON.stringify(notAssessed, null, 2)}\n`);
    printSummary(scan, findings, notAssessed, OUTPUT_DIR);
  } finally {
    daemon.kill('SIGTERM');
    await new Promise((done) => daemon.once('exit', done));
    await sim.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
