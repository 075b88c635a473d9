/**
 * Which condition keys the caller sets by choosing how it calls, and which values it can give them.
 * Keys not listed here are bound to the principal (aws:PrincipalTag/*, aws:userid...), the resource
 * (aws:ResourceTag/*, s3:ExistingObjectTag/*...), the organization or the calling service: a
 * condition on them restricts the role, and the analysis keeps it `conditional`.
 */
export interface CallerKey {
  /** The values the caller can send; `any` when it picks any string. */
  readonly values: 'any' | readonly string[];
  /** Whether the caller can leave the key out of the request. */
  readonly canOmit: boolean;
}

const ANY_PRESENT: CallerKey = { values: 'any', canOmit: false };
const ANY_OR_ABSENT: CallerKey = { values: 'any', canOmit: true };

/** Lower-case key -> what the caller controls. */
const CALLER_KEYS: ReadonlyMap<string, CallerKey> = new Map([
  // Every request has a region, a transport and a time; the caller picks the endpoint, TLS and when to call.
  ['aws:requestedregion', ANY_PRESENT],
  ['ec2:region', ANY_PRESENT],
  ['aws:securetransport', { values: ['true', 'false'], canOmit: false }],
  ['aws:currenttime', ANY_PRESENT],
  ['aws:epochtime', ANY_PRESENT],
  // The network the call comes from: a public address, or a VPC endpoint in a VPC it runs in.
  ['aws:sourceip', ANY_OR_ABSENT],
  ['aws:sourcevpce', ANY_OR_ABSENT],
  ['aws:sourcevpc', ANY_OR_ABSENT],
  ['aws:vpcsourceip', ANY_OR_ABSENT],
  ['aws:useragent', ANY_OR_ABSENT],
  ['aws:referer', ANY_OR_ABSENT],
  // Tags the request itself carries.
  ['aws:tagkeys', ANY_OR_ABSENT],
  // Request parameters of S3 writes.
  ['s3:x-amz-acl', ANY_OR_ABSENT],
  ['s3:x-amz-server-side-encryption', ANY_OR_ABSENT],
  ['s3:x-amz-server-side-encryption-aws-kms-key-id', ANY_OR_ABSENT],
  // A direct call is never made through a service: the caller can always send `false` / no chain, never force `true`.
  ['aws:viaawsservice', { values: ['false'], canOmit: false }],
  ['aws:calledvia', { values: [], canOmit: true }],
  ['aws:calledviafirst', { values: [], canOmit: true }],
  ['aws:calledvialast', { values: [], canOmit: true }],
]);

const CALLER_PREFIXES: readonly string[] = ['aws:requesttag/'];

/** What the caller controls of a key (any case), or undefined when the key is bound to something else. */
export function callerKey(key: string): CallerKey | undefined {
  const lower = key.toLowerCase();
  const listed = CALLER_KEYS.get(lower);
  if (listed !== undefined) return listed;
  return CALLER_PREFIXES.some((prefix) => lower.startsWith(prefix) && lower.length > prefix.length) ? ANY_OR_ABSENT : undefined;
}

/**
 * Services whose requests are all signed for one region: IAM and the other global services take
 * `aws:RequestedRegion` = us-east-1 (aws partition), whatever endpoint the caller picks.
 */
export const GLOBAL_SERVICE_REGION: ReadonlyMap<string, string> = new Map([
  ['iam', 'us-east-1'],
  ['organizations', 'us-east-1'],
  ['route53', 'us-east-1'],
  ['route53domains', 'us-east-1'],
  ['cloudfront', 'us-east-1'],
  ['waf', 'us-east-1'],
  ['support', 'us-east-1'],
  ['budgets', 'us-east-1'],
  ['ce', 'us-east-1'],
]);
