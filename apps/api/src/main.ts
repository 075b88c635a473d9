import 'reflect-metadata';
import { awaitRedis, bootConfig } from '@rolecall/runtime';
import { createApiApp } from './create-api-app';

/** `npm run start:api`: the HTTP api alone; workers run in their own processes. */
async function main(): Promise<void> {
  const { config, logger } = bootConfig('api');
  await awaitRedis(config, logger);
  const app = await createApiApp({ config, logger });
  await app.listen(config.PORT, '0.0.0.0');
  logger.info({ port: config.PORT }, 'rolecall api listening');
}

void main();
