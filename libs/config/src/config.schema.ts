import { z } from 'zod';

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const urlWithProtocol = (protocols: string[]) =>
  z
    .string()
    .url()
    .refine((value) => protocols.includes(new URL(value).protocol), {
      message: `must use ${protocols.map((p) => p.replace(':', '://')).join(' or ')}`,
    });

/** A 32-byte key from 64 hex digits or base64, or undefined when it is neither. */
export function decodeKey(value: string): Buffer | undefined {
  const bytes = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  return bytes.length === 32 ? bytes : undefined;
}

/**
 * Why a 32-byte key is too weak to use, or undefined: a byte pattern repeated with a period of up
 * to 16 bytes (all-zero, 0xabab..., a 16-byte block twice) or fewer than 8 distinct bytes (a
 * random key has about 28).
 */
export function weakKeyProblem(key: Buffer): string | undefined {
  for (let period = 1; period <= 16; period++) {
    if (key.every((byte, index) => byte === key[index % period])) return `is a repeated ${period}-byte pattern`;
  }
  if (new Set(key).size < 8) return 'has fewer than 8 distinct bytes';
  return undefined;
}

/** A DNS host name (lower case, no port, not an IP address). */
const HOST_NAME = /^(?=.{1,253}$)(?!\d+(?:\.\d+)*$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** Comma-separated GitHub Enterprise Server hosts, checked one by one. */
const hostList = z
  .string()
  .default('')
  .transform((value) => value.split(',').map((host) => host.trim().toLowerCase()).filter((host) => host !== ''))
  .superRefine((hosts, context) => {
    for (const host of hosts) {
      if (!HOST_NAME.test(host)) context.addIssue({ code: 'custom', message: `${JSON.stringify(host.slice(0, 64))} is not a host name (names only: no scheme, port, path or IP address)` });
    }
  });

/** The environment Rolecall reads; every variable is validated once at boot. */
export const configSchema = z.object({
  /** `production` in the image: test-only switches are refused. */
  NODE_ENV: z.string().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  REDIS_URL: urlWithProtocol(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
  DATABASE_URL: optionalText.pipe(urlWithProtocol(['postgres:', 'postgresql:']).optional()),
  ROLECALL_DATA_DIR: z.string().min(1).default('./data'),
  ROLECALL_ADMIN_TOKEN: optionalText.pipe(
    z.string().min(24, 'must be at least 24 characters (use a long random secret)').optional(),
  ),
  ROLECALL_MEMBER_ROLE_NAME: z
    .string()
    .regex(/^[\w+=,.@-]{1,64}$/, 'must be an IAM role name')
    .default('RolecallAudit'),
  ROLECALL_EXTERNAL_ID: optionalText.pipe(
    z.string().regex(/^[\w+=,.@:/-]{2,1224}$/, 'must be 2-1224 characters of [A-Za-z0-9+=,.@:/_-]').optional(),
  ),
  ROLECALL_ORG_ROLE_ARN: optionalText.pipe(
    z.string().regex(/^arn:aws[\w-]*:iam::\d{12}:role\/.+$/, 'must be an IAM role ARN').optional(),
  ),
  ROLECALL_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  /** Accounts scanned at once across every worker (BullMQ global concurrency on the account queue). */
  ROLECALL_MAX_ACCOUNTS_IN_FLIGHT: z.coerce.number().int().min(1).max(10000).default(64),
  /** How long a worker's job lock lasts without renewal: a killed worker's jobs run again after about this long. */
  ROLECALL_JOB_LOCK_MS: z.coerce.number().int().min(1000).max(600000).default(30000),
  /** When set, a worker serves GET /metrics (Prometheus) on this port; the api serves it at /metrics. */
  ROLECALL_WORKER_METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** How often a worker looks for scans stuck in queued or running whose queue jobs are gone (and fails them). */
  ROLECALL_RECONCILE_INTERVAL_MS: z.coerce.number().int().min(1000).max(3600000).default(60000),
  /** Delay between polls of an IAM Access Advisor job (AWS takes seconds; the simulator finishes on the second poll). */
  ROLECALL_ACCESS_ADVISOR_POLL_MS: z.coerce.number().int().min(1).max(60000).default(2000),
  ROLECALL_QUEUE_PREFIX: z.string().regex(/^[\w-]{1,32}$/, 'must be 1-32 letters, digits, _ or -').default('rolecall'),
  ROLECALL_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100000).default(600),
  /** Requests without a valid token (public routes but /health, and failed authentication), per client address. */
  ROLECALL_RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE: z.coerce.number().int().min(1).max(100000).default(60),
  /** When set, GET /metrics needs "Authorization: Bearer <this token>"; unset, /metrics is public. */
  ROLECALL_METRICS_TOKEN: optionalText.pipe(z.string().min(24, 'must be at least 24 characters (use a long random secret)').optional()),
  /** Schedules may fire at most this often (minutes; decimals allowed, so tests can lower it to seconds). */
  ROLECALL_SCHEDULE_MIN_INTERVAL_MINUTES: z.coerce.number().min(0.01).max(60).default(5),
  /** Key that encrypts stored integration secrets (GitHub tokens): 32 bytes as 64 hex digits or base64. */
  ROLECALL_ENCRYPTION_KEY: optionalText.pipe(
    z
      .string()
      .refine((value) => decodeKey(value) !== undefined, 'must be 32 bytes as 64 hex digits or base64')
      .superRefine((value, context) => {
        const key = decodeKey(value);
        const problem = key && weakKeyProblem(key);
        if (problem) context.addIssue({ code: 'custom', message: `${problem}: a weak key; generate one with "openssl rand -hex 32"` });
      })
      .optional(),
  ),
  /** Tests only: also accept http GitHub API base URLs on loopback hosts (a local fake GitHub); refused when NODE_ENV=production. */
  ROLECALL_ALLOW_INSECURE_GITHUB: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  /** Tests only: also read EKS clusters' Kubernetes APIs over http on loopback (the simulator's); refused when NODE_ENV=production. */
  ROLECALL_ALLOW_INSECURE_KUBERNETES: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  /** GitHub Enterprise Server hosts integrations may upload to, besides api.github.com (comma-separated host names). */
  ROLECALL_GITHUB_HOSTS: hostList,
  /** Outbound HTTP (GitHub): time to connect, time for a whole call, and the largest answer read. */
  ROLECALL_EGRESS_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(10).max(120000).default(10000),
  ROLECALL_EGRESS_TIMEOUT_MS: z.coerce.number().int().min(10).max(600000).default(60000),
  ROLECALL_EGRESS_MAX_RESPONSE_BYTES: z.coerce.number().int().min(1024).max(64 * 1024 * 1024).default(1024 * 1024),
  ROLECALL_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
}).superRefine((config, context) => {
  if (config.ROLECALL_ALLOW_INSECURE_GITHUB && config.NODE_ENV === 'production') {
    context.addIssue({ code: 'custom', path: ['ROLECALL_ALLOW_INSECURE_GITHUB'], message: 'is for tests only and refused when NODE_ENV=production' });
  }
});

export type RolecallConfig = z.infer<typeof configSchema>;
