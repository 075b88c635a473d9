export * from './common.schema';
export * from './iam.schema';
export * from './ecs.schema';
export * from './ecs-task-definition.schema';
export * from './autoscaling.schema';
export * from './ec2.schema';
export * from './eks.schema';
export * from './account-inventory.schema';
