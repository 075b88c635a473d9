import { gunzipSync } from 'node:zlib';
import type { UserDataFacts } from '@rolecall/model';
import { compact } from './shared';

/** Decodes base64 user data (gzip allowed) to text. */
export function decodeUserData(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes).toString('utf8');
    } catch {
      return '';
    }
  }
  return bytes.toString('utf8');
}

/** The last value an ecs.config line gives `name` (the agent keeps the last one). */
function lastSetting(text: string, name: string): string | undefined {
  const matches = [...text.matchAll(new RegExp(`(?:^|[\\s"'>])${name}\\s*=\\s*["']?([^\\s"']+)`, 'gm'))];
  return matches.at(-1)?.[1];
}

function booleanSetting(text: string, name: string): boolean | undefined {
  const value = lastSetting(text, name);
  return value === undefined ? undefined : value.toLowerCase() === 'true';
}

const IPTABLES_IMDS_BLOCK = /iptables[^\n]*169\.254\.169\.254[^\n]*\b(DROP|REJECT)\b/;

/** What user data says about the ECS agent and IMDS; the text itself is not kept. */
export function userDataFacts(base64: string | undefined): UserDataFacts | undefined {
  if (!base64) return undefined;
  const text = decodeUserData(base64);
  return compact({
    sizeBytes: Buffer.byteLength(text, 'utf8'),
    ecsCluster: lastSetting(text, 'ECS_CLUSTER'),
    ecsAwsvpcBlockImds: booleanSetting(text, 'ECS_AWSVPC_BLOCK_IMDS'),
    ecsTaskIamRoleNetworkHost: booleanSetting(text, 'ECS_ENABLE_TASK_IAM_ROLE_NETWORK_HOST'),
    iptablesBlocksImds: IPTABLES_IMDS_BLOCK.test(text),
  });
}
