export * from './finding';
export * from './regions';
export * from './scan';
export * from './inventory';
export * from './coverage';
