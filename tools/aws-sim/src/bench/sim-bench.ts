import { fork } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWorld } from '../generator/generate-world';
import { startSimulator } from '../server/start-simulator';
import { loadWorld } from '../world/parse-world';
import { authorization, runLoad } from './load';

/**
 * Figures for the report: time to generate a world, its JSON size, time until the CLI serves it,
 * and requests per second for simple calls. Run: node dist/tools/aws-sim/src/bench/sim-bench.js [accounts]
 */
async function main(accounts: number): Promise<void> {
  let started = Date.now();
  const world = generateWorld({ accounts, seed: 1 });
  const generateMs = Date.now() - started;
  const file = join(mkdtempSync(join(tmpdir(), 'aws-sim-bench-')), 'world.json');
  writeFileSync(file, JSON.stringify(world));
  console.log(`generate ${accounts} accounts: ${generateMs} ms, ${(statSync(file).size / 1e6).toFixed(1)} MB`);

  started = Date.now();
  const loaded = loadWorld(file);
  const loadMs = Date.now() - started;
  started = Date.now();
  const inProcess = await startSimulator({ world: loaded });
  console.log(`loadWorld (JSON parse, zod validation, references): ${loadMs} ms; startSimulator on it: ${Date.now() - started} ms`);
  await inProcess.stop();

  started = Date.now();
  const server = fork(join(__dirname, '..', 'cli', 'serve.js'), ['--world', file, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      const match = /http:\/\/\S+/.exec(chunk.toString());
      if (match) resolve(match[0]);
    });
    server.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  console.log(`CLI serve, from process start to URL: ${Date.now() - started} ms`);
  try {
    const calls: { name: string; path: string; headers: Record<string, string>; body: string }[] = [
      { name: 'ec2 DescribeRegions', path: '/', headers: { authorization: authorization('ec2'), 'content-type': 'application/x-www-form-urlencoded' }, body: 'Action=DescribeRegions&Version=2016-11-15' },
      { name: 'sts GetCallerIdentity', path: '/', headers: { authorization: authorization('sts'), 'content-type': 'application/x-www-form-urlencoded' }, body: 'Action=GetCallerIdentity&Version=2011-06-15' },
      { name: 'ecs ListClusters', path: '/', headers: { authorization: authorization('ecs'), 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AmazonEC2ContainerServiceV20141113.ListClusters' }, body: '{}' },
    ];
    for (const call of calls) {
      await runLoad({ url, concurrency: 16, durationMs: 1000, ...call });
      const result = await runLoad({ url, concurrency: 32, durationMs: 3000, ...call });
      console.log(`${call.name}: ${result.perSecond} requests/s (${result.requests} requests, ${result.errors} errors, 32 in flight)`);
    }
  } finally {
    server.kill('SIGTERM');
  }
}

main(Number(process.argv[2] ?? 1000)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
