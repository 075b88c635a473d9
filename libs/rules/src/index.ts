export * from './engine/fingerprint';
export * from './engine/rule';
export * from './engine/rule-engine';
export * from './catalog/rules-doc';
export * from './registry';
export * from './engine/role-analyzer';
export * from './policy';
export * from './organization';
