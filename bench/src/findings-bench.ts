import { sql } from 'kysely';
import { SEVERITIES } from '@rolecall/model';
import { ScanAccountsRepository, ScansRepository, type Database } from '@rolecall/persistence';
import { call, type Daemon } from './daemon';
import { percentile } from './process-stats';

export interface FindingsBenchResult {
  findings: number;
  seedSeconds: number;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  byQuery: Record<string, { p50Ms: number; p99Ms: number }>;
  /** The same queries again once `suppressions` hostile suppressions are active (BENCH_HOSTILE_SUPPRESSIONS). */
  hostile?: { suppressions: number; createSeconds: number; requests: number; p50Ms: number; p99Ms: number; byQuery: Record<string, { p50Ms: number; p99Ms: number }> };
}

/**
 * Patterns that a backtracking regex takes polynomial time on (15 wildcards, each `*` a choice
 * point, never matching: the ARNs hold no `X`), as accepted by POST /v1/suppressions. No rule id,
 * so every suppression is tried against every finding.
 */
export function hostilePattern(index: number): string {
  const shapes = ['*a*a*a*a*a*a*a*a*a*a*a*a*a*a*X', '*:*:*:*:*:*:*:*:*-*-*-*-*-*/X', '*?*?*?*?*?*?*?*X', 'arn:*a*e*i*o*u*a*e*i*o*u*a*e*i*X'];
  return `${shapes[index % shapes.length]}${index}`;
}

const ACCOUNTS = 1000;
const RULES = ['ecs.task-role.admin', 'ecs.task-definition.privileged-container', 'eks.irsa.weak-trust', 'iam.role.cross-account', 'ec2.imds-v1'];
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1'];
const accountId = (i: number) => String(200_000_000_000 + i);

/** Stores `count` findings in one scan with SQL, then times the findings API under several filters, then again with hostile suppressions active. */
export async function runFindingsBench(
  daemon: Daemon,
  database: Database,
  count: number,
  samples: number,
  hostileSuppressions = 0,
): Promise<FindingsBenchResult> {
  const seedStarted = Date.now();
  const scans = new ScansRepository(database.db);
  const scan = await scans.create({ scope: { organization: true } });
  await new ScanAccountsRepository(database.db).plan(scan.id, Array.from({ length: ACCOUNTS }, (_, i) => ({ accountId: accountId(i) })));
  const severities = sql.raw(`array[${SEVERITIES.map((s) => `'${s}'`).join(',')}]`);
  const rules = sql.raw(`array[${RULES.map((r) => `'${r}'`).join(',')}]`);
  const regions = sql.raw(`array[${REGIONS.map((r) => `'${r}'`).join(',')}]`);
  await sql`
    insert into findings (scan_id, account_id, fingerprint, rule_id, severity, severity_rank, title, message, region,
      resource_arn, resource_type, resource_name, related_resources, evidence, remediation)
    select ${scan.id}::uuid, (200000000000 + g % ${ACCOUNTS})::text, md5(g::text), (${rules})[1 + g % 5],
      (${severities})[1 + (g / 7) % 5], (g / 7) % 5, 'A finding', 'Finding ' || g, (${regions})[1 + g % 4],
      'arn:aws:ecs:us-east-1:' || (200000000000 + g % ${ACCOUNTS}) || ':task-definition/app-' || g || ':1',
      'AWS::ECS::TaskDefinition', 'app-' || g || ':1', '[]'::jsonb, '{"n": 1}'::jsonb, 'Fix it.'
    from generate_series(1, ${count}) g`.execute(database.db);
  await sql`analyze findings`.execute(database.db);
  const seedSeconds = (Date.now() - seedStarted) / 1000;

  const base = `/v1/scans/${scan.id}/findings`;
  const queries: Record<string, () => Promise<string>> = {
    'first page': async () => `${base}?limit=100`,
    severity: async () => `${base}?limit=100&severity=medium`,
    account: async () => `${base}?limit=100&accountId=${accountId(417)}`,
    'rule+region': async () => `${base}?limit=100&ruleId=${RULES[2]}&region=eu-west-1`,
    'page 50 deep': deepPage(daemon, base),
  };
  const measured = await timeQueries(daemon, queries, samples);
  let hostile: FindingsBenchResult['hostile'];
  if (hostileSuppressions > 0) {
    const createStarted = Date.now();
    for (let index = 0; index < hostileSuppressions; index++) {
      await call(daemon, 'POST', '/v1/suppressions', { resourcePattern: hostilePattern(index), reason: 'bench: hostile pattern' });
    }
    const createSeconds = round((Date.now() - createStarted) / 1000);
    hostile = { suppressions: hostileSuppressions, createSeconds, ...(await timeQueries(daemon, queries, samples)) };
  }
  return { findings: count, seedSeconds: round(seedSeconds), ...measured, hostile };
}

async function timeQueries(daemon: Daemon, queries: Record<string, () => Promise<string>>, samples: number) {
  const all: number[] = [];
  const byQuery: FindingsBenchResult['byQuery'] = {};
  for (const [name, path] of Object.entries(queries)) {
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      const target = await path();
      const started = process.hrtime.bigint();
      await call(daemon, 'GET', target);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    byQuery[name] = { p50Ms: round(percentile(times, 50)), p99Ms: round(percentile(times, 99)) };
    all.push(...times);
  }
  return { requests: all.length, p50Ms: round(percentile(all, 50)), p99Ms: round(percentile(all, 99)), byQuery };
}

/** A cursor 50 pages in, found once; each sample then reads that page. */
function deepPage(daemon: Daemon, base: string): () => Promise<string> {
  let target: string | undefined;
  return async () => {
    if (target) return target;
    let path = `${base}?limit=100`;
    for (let page = 0; page < 50; page++) {
      const body = await call(daemon, 'GET', path);
      path = `${base}?limit=100&cursor=${encodeURIComponent(String(body.nextCursor))}`;
    }
    target = path;
    return target;
  };
}

const round = (value: number) => Math.round(value * 100) / 100;
