import { createHash, createHmac } from 'node:crypto';
import type { Caller } from '../identity/caller';
import { sessionCaller } from '../identity/caller';
import type { SimulatorState } from '../server/simulator-state';

const PREFIX = 'k8s-aws-v1.';
/** EKS accepts a token for 15 minutes after it was signed, whatever X-Amz-Expires says. */
const MAX_AGE_MS = 15 * 60 * 1000;

/**
 * The identity behind an EKS bearer token, as the cluster's authenticator finds it: a presigned STS
 * GetCallerIdentity URL whose SigV4 signature covers `host` and `x-k8s-aws-id: <this cluster>`, signed
 * with a simulator-issued session's key, not expired. Anything else: undefined (a 401).
 */
export function verifyEksToken(state: SimulatorState, authorization: string | undefined, clusterName: string): Caller | undefined {
  const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
  if (!token?.startsWith(PREFIX) || /[=+/]/.test(token)) return undefined;
  let url: URL;
  try {
    url = new URL(Buffer.from(token.slice(PREFIX.length), 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const q = url.searchParams;
  if (url.protocol !== 'https:' || !/^sts\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/.test(url.hostname) || url.pathname !== '/') return undefined;
  if (q.get('Action') !== 'GetCallerIdentity' || q.get('Version') !== '2011-06-15') return undefined;
  if (q.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256' || q.get('X-Amz-SignedHeaders') !== 'host;x-k8s-aws-id') return undefined;
  const [accessKeyId, date, region, service, terminator] = (q.get('X-Amz-Credential') ?? '').split('/');
  const signedAt = parseAmzDate(q.get('X-Amz-Date') ?? '');
  if (service !== 'sts' || terminator !== 'aws4_request' || signedAt === undefined) return undefined;
  if (state.now() - signedAt > MAX_AGE_MS || signedAt - state.now() > MAX_AGE_MS) return undefined;
  const session = state.credentials.find(accessKeyId);
  if (!session || session.expiresAt <= state.now() || q.get('X-Amz-Security-Token') !== session.sessionToken) return undefined;
  const expected = signature(url, clusterName, { secret: session.secretAccessKey, date, region });
  return expected === q.get('X-Amz-Signature') ? sessionCaller(session) : undefined;
}

/** SigV4 of the presigned GET, recomputed with this cluster's name in x-k8s-aws-id. */
function signature(url: URL, clusterName: string, key: { secret: string; date: string; region: string }): string {
  const params = [...url.searchParams.entries()].filter(([name]) => name !== 'X-Amz-Signature');
  const canonicalQuery = params
    .map(([name, value]) => [encode(name), encode(value)])
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const canonical = ['GET', '/', canonicalQuery, `host:${url.host}\nx-k8s-aws-id:${clusterName}\n`, 'host;x-k8s-aws-id', sha256Hex('')].join('\n');
  const scope = `${key.date}/${key.region}/sts/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', url.searchParams.get('X-Amz-Date'), scope, sha256Hex(canonical)].join('\n');
  let signing: Buffer = hmac(`AWS4${key.secret}`, key.date);
  for (const part of [key.region, 'sts', 'aws4_request']) signing = hmac(signing, part);
  return createHmac('sha256', signing).update(toSign).digest('hex');
}

function encode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

function sha256Hex(data: string): string {
  return createHash('sha256').update(data).digest('hex');
}

function parseAmzDate(value: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : undefined;
}
