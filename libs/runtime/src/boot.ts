import type { Logger } from 'pino';
import { ConfigError, loadConfig, unsetSecretWarnings, type RolecallConfig } from '@rolecall/config';
import { createLogger } from './logger';
import { waitForRedis } from './redis/wait-for-redis';

export type ProcessRole = 'api' | 'worker' | 'dev';

/**
 * Reads and checks the environment for one process. PGlite keeps its data in one directory that
 * only one process may open, so separate api and worker processes need PostgreSQL.
 */
export function bootConfig(role: ProcessRole, env: NodeJS.ProcessEnv = process.env): { config: RolecallConfig; logger: Logger } {
  let config: RolecallConfig;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) exitWith(error.message);
    throw error;
  }
  if (role !== 'dev' && !config.DATABASE_URL) {
    exitWith(
      `start:${role} runs as a separate process and separate processes need DATABASE_URL (PostgreSQL): ` +
        `the embedded PGlite store in ROLECALL_DATA_DIR can be opened by one process only. ` +
        `Set DATABASE_URL, or run "npm run dev" for the api and worker in one process.`,
    );
  }
  const logger = createLogger(config.ROLECALL_LOG_LEVEL);
  warnUnsetSecrets(config, role, logger);
  return { config, logger };
}

/** Production with a secret unset starts, but says at startup what is missing and how to set it. */
export function warnUnsetSecrets(config: RolecallConfig, role: ProcessRole, logger: Pick<Logger, 'warn'>): void {
  for (const { variable, message } of unsetSecretWarnings(config, role)) logger.warn({ variable }, message);
}

function exitWith(message: string): never {
  process.stderr.write(`rolecall: ${message}\n`);
  process.exit(1);
}

/**
 * Waits until Redis answers before the process boots, one log line per attempt naming REDIS_URL,
 * with backoff. SIGINT or SIGTERM while waiting ends the process.
 */
export async function awaitRedis(config: RolecallConfig, logger: Logger, options: { initialDelayMs?: number; maxDelayMs?: number } = {}): Promise<void> {
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'stopping while waiting for Redis');
    stop.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const reached = await waitForRedis(config.REDIS_URL, logger, { ...options, signal: stop.signal });
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  if (!reached) process.exit(0);
}
