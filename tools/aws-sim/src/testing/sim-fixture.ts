import { STSClient, AssumeRoleCommand } from '@aws-sdk/client-sts';
import { loadWorld } from '../world/parse-world';
import { sampleWorldPath } from '../world/sample-world';
import type { World } from '../world/world.schema';
import { type RunningSimulator, type SimulatorOptions, startSimulator } from '../server/start-simulator';

/** Test helpers: the sample world, SDK client settings and the audit-role hop the scanner makes. */
export const SCANNER_CREDENTIALS = { accessKeyId: 'AKIDSCANNER', secretAccessKey: 'x' };

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export const MANAGEMENT = '111111111111';
export const PROD = '222222222222';
export const DEV = '333333333333';
export const SANDBOX = '444444444444';

let sample: World | undefined;

export function sampleWorld(): World {
  sample ??= loadWorld(sampleWorldPath());
  return sample;
}

export function startSample(options: Partial<SimulatorOptions> = {}): Promise<RunningSimulator> {
  return startSimulator({ world: sampleWorld(), ...options });
}

/** Settings for an SDK v3 client talking to the simulator. */
export function clientConfig(sim: RunningSimulator, region = 'us-east-1', credentials: Credentials = SCANNER_CREDENTIALS) {
  return { region, endpoint: sim.url, credentials };
}

/** Credentials for RolecallAudit in an account, as the scanner obtains them. */
export async function assumeAudit(sim: RunningSimulator, accountId: string, externalId = 'rolecall-demo'): Promise<Credentials> {
  const sts = new STSClient(clientConfig(sim));
  const { Credentials } = await sts.send(
    new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${accountId}:role/RolecallAudit`, RoleSessionName: 'rolecall', ExternalId: externalId }),
  );
  sts.destroy();
  if (!Credentials?.AccessKeyId || !Credentials.SecretAccessKey) throw new Error('AssumeRole returned no credentials');
  return { accessKeyId: Credentials.AccessKeyId, secretAccessKey: Credentials.SecretAccessKey, sessionToken: Credentials.SessionToken };
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** A world object as the SDK returns it: ISO timestamps become Dates. */
export function asSdkOutput<T>(value: T): unknown {
  if (Array.isArray(value)) return value.map((item) => asSdkOutput(item));
  if (typeof value === 'string' && ISO.test(value)) return new Date(value);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, asSdkOutput(member)]));
}
