export * from './account-summary';
export * from './identity-map';
export * from './organization-rule';
export type { WorkloadBinding, WorkloadType } from '../workloads/workload-bindings';
