import { Writable } from 'node:stream';
import { SEVERITIES } from '@rolecall/model';
import { writeSarif, type ReportFinding } from '@rolecall/reporting';
import { peakRssMb } from './process-stats';

/** Run alone (own process, so its peak memory is its own): SARIF for N results, prints JSON figures. */
async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 25_000);
  const findings: ReportFinding[] = Array.from({ length: count }, (_, i) => ({
    fingerprint: i.toString(16).padStart(64, '0'),
    ruleId: `rule.${i % 40}`,
    severity: SEVERITIES[i % SEVERITIES.length] ?? 'high',
    title: 'A finding',
    message: `Finding ${i} on task definition app-${i}:1.`,
    accountId: String(200_000_000_000 + (i % 1000)),
    region: 'us-east-1',
    resource: { arn: `arn:aws:ecs:us-east-1:${200_000_000_000 + (i % 1000)}:task-definition/app-${i}:1`, type: 'AWS::ECS::TaskDefinition', name: `app-${i}:1` },
    remediation: 'Fix it.',
    state: i % 3 === 0 ? 'new' : 'unchanged',
    suppression: null,
  }));
  const rssBefore = peakRssMb(process.pid);
  let bytes = 0;
  const sink = new Writable({ write(chunk: Buffer, _encoding, done) { bytes += chunk.length; done(); } });
  const started = process.hrtime.bigint();
  for (const chunk of writeSarif({ toolVersion: '0.1.0', runId: 'bench', scopeKey: 'organization', baselineScanId: null, rules: [], findings })) {
    if (!sink.write(chunk)) await new Promise((done) => sink.once('drain', done));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(`${JSON.stringify({ results: count, seconds: Math.round(seconds * 1000) / 1000, bytes, peakRssMb: peakRssMb(process.pid), inputRssMb: rssBefore })}\n`);
}

void main();
