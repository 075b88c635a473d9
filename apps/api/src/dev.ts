import 'reflect-metadata';
import { PublishingModule } from '@rolecall/publishing';
import { ScannerModule } from '@rolecall/scanner';
import { awaitRedis, bootConfig } from '@rolecall/runtime';
import { generateToken } from './auth/token-secrets';
import { createApiApp } from './create-api-app';
import { devReadyBanner } from './dev-banner';

/** `npm run dev`: api and worker in one process, for one machine; PGlite is fine here. */
async function main(): Promise<void> {
  const { config, logger } = bootConfig('dev');
  let generatedToken: string | undefined;
  if (!config.ROLECALL_ADMIN_TOKEN) {
    // Straight to the terminal, never to the log: the only way to learn a generated token.
    config.ROLECALL_ADMIN_TOKEN = generatedToken = generateToken();
    process.stderr.write(`ROLECALL_ADMIN_TOKEN was not set; admin token for this run: ${config.ROLECALL_ADMIN_TOKEN}\n`);
  }
  await awaitRedis(config, logger);
  const app = await createApiApp({ config, logger, extraModules: [ScannerModule, PublishingModule] });
  await app.listen(config.PORT, '0.0.0.0');
  logger.info(
    { port: config.PORT, database: config.DATABASE_URL ? 'postgres' : `pglite:${config.ROLECALL_DATA_DIR}` },
    'rolecall api and worker running in one process',
  );
  // The demo starts this process itself and says what it does; the banner is for people.
  if (!process.argv.includes('--no-banner')) process.stderr.write(`${devReadyBanner({ port: config.PORT, generatedToken })}\n`);
}

void main();
