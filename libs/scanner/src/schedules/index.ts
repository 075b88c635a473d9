export * from './schedule-runner';
export * from './schedule-worker';
