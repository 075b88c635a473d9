import type { IamRole, ResourceRef } from '@rolecall/model';
import type { RuleContext } from '../engine/rule';
import { APPLICATION_WORKLOAD_TYPES, workloadBindings, type WorkloadBinding } from './workload-bindings';

export const ROLE_TYPE = 'AWS::IAM::Role';

export function roleRef(role: IamRole): ResourceRef {
  return { arn: role.arn, type: ROLE_TYPE, name: role.roleName };
}

/** Service-linked roles belong to AWS: their trust and permissions are not the customer's to fix. */
export function isServiceLinked(role: IamRole): boolean {
  return role.path.startsWith('/aws-service-role/');
}

/** A workload role with the application workloads using it (ECS task, IRSA, Pod Identity, Fargate pod execution). */
export interface WorkloadRole {
  readonly role: IamRole;
  readonly bindings: readonly WorkloadBinding[];
}

/** The account's own, customer-managed roles that application workloads use; roles nothing uses are left out. */
export function workloadRoles({ inventory, roles }: RuleContext): WorkloadRole[] {
  const byRole = new Map<string, WorkloadBinding[]>();
  for (const binding of workloadBindings(inventory, roles)) {
    if (!APPLICATION_WORKLOAD_TYPES.includes(binding.workloadType)) continue;
    byRole.set(binding.roleArn, [...(byRole.get(binding.roleArn) ?? []), binding]);
  }
  return [...byRole].flatMap(([arn, bindings]) => {
    const role = roles.role(arn);
    return role === undefined || isServiceLinked(role) ? [] : [{ role, bindings }];
  });
}

/** `ecs-task web`, `irsa prod/api@app-eks`: how evidence and messages name the workloads of a role. */
export function describeBindings(bindings: readonly WorkloadBinding[]): string[] {
  return [...new Set(bindings.map((b) => `${b.workloadType} ${b.workload}${b.cluster ? `@${b.cluster}` : ''}`))];
}

export function relatedArns(bindings: readonly WorkloadBinding[]): string[] {
  return [...new Set(bindings.map((b) => b.sourceArn))].sort();
}
