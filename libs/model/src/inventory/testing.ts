// Typed factories for specs (`@rolecall/model/testing`, not in the production entry point): every item valid by its schema, overridable field by field.
export * from './factory-defaults';
export * from './iam.factory';
export * from './ecs.factory';
export * from './ec2.factory';
export * from './eks.factory';
export * from './inventory.factory';
export * from './kubernetes.factory';
