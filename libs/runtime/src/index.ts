export * from './boot';
export * from './logger';
export * from './runtime.module';
export * from './tokens';
export * from './metrics';
