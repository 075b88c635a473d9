export * from './finding';
export * from './scan';
