import { writeFileSync } from 'node:fs';
import { DEFAULT_REGIONS, generateWorld } from '../generator/generate-world';
import { isKnownRegion } from '../world/regions';
import { intFlag, parseFlags, UsageError } from './cli-flags';

const USAGE = 'usage: generate --accounts N --seed S --out FILE [--regions r1,r2,...] [--external-id ID] [--audit-role NAME]';

/** Generates a world file; returns a one-line summary. */
export function generate(args: readonly string[]): string {
  const flags = parseFlags(args, ['accounts', 'seed', 'out', 'regions', 'external-id', 'audit-role'], ['accounts', 'seed', 'out']);
  const accounts = intFlag(flags, 'accounts', 1, 100_000) as number;
  const regions = flags.regions?.split(',').map((region) => region.trim()) ?? DEFAULT_REGIONS;
  const unknown = regions.find((region) => !isKnownRegion(region));
  if (unknown) throw new UsageError(`--regions: unknown AWS region ${unknown}`);
  const seed = /^\d+$/.test(flags.seed) ? Number(flags.seed) : flags.seed;
  const started = Date.now();
  const world = generateWorld({ accounts, seed, regions, externalId: flags['external-id'], auditRoleName: flags['audit-role'] });
  const json = JSON.stringify(world);
  writeFileSync(flags.out, json);
  return `aws-sim: wrote ${accounts} accounts (${(json.length / 1e6).toFixed(1)} MB) to ${flags.out} in ${Date.now() - started} ms`;
}

if (require.main === module) {
  try {
    console.log(generate(process.argv.slice(2)));
  } catch (error) {
    console.error(error instanceof UsageError ? `${error.message}\n${USAGE}` : error);
    process.exit(2);
  }
}
