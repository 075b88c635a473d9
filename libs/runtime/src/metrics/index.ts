export * from './record-account';
export * from './rolecall-metrics';
export * from './metrics-server';
