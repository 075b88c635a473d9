export * from './payloads';
export * from './queues';
export * from './scan-queues';
export * from './schedule-queue';
export * from './upload-queue';
