export * from './boot';
export * from './logger';
export * from './runtime.module';
export * from './tokens';
export * from './metrics';
export { RedisStatus } from './redis/redis-status';
export { redisAddress } from './redis/redis-address';
export { waitForRedis } from './redis/wait-for-redis';
