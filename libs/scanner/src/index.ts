export * from './account-scanner';
export * from './organization-cache';
export * from './scan-finalizer';
export * from './scan-outcome';
export * from './scan-planner';
export * from './scan-workers';
export * from './scanner.module';
export * from './schedules';
