import type { AccountInventory } from '@rolecall/model';
import type { RoleAnalyzer } from '../engine/role-analyzer';
import { isEksIssuer } from '../policy';

/** How a workload obtains a role's credentials. */
export type WorkloadType =
  | 'ecs-task'
  | 'ecs-execution'
  | 'irsa'
  | 'pod-identity'
  | 'fargate-pod-execution'
  | 'eks-node'
  | 'ecs-container-instance';

/** Workload types whose credentials application code (a container) holds: the permission rules read these. */
export const APPLICATION_WORKLOAD_TYPES: readonly WorkloadType[] = ['ecs-task', 'irsa', 'pod-identity', 'fargate-pod-execution'];

/** One workload bound to one role. */
export interface WorkloadBinding {
  readonly workloadType: WorkloadType;
  /** The task definition family, service account (`namespace/name`), node group, Fargate profile or container instance. */
  readonly workload: string;
  /** The ARN of the resource that makes the binding (task definition, cluster, association, node group...). */
  readonly sourceArn: string;
  readonly roleArn: string;
  readonly region: string;
  readonly cluster?: string;
  readonly namespace?: string;
  readonly serviceAccount?: string;
}

/** Every workload -> role binding of one account, in a stable order, without duplicates. */
export function workloadBindings(inventory: AccountInventory, roles: RoleAnalyzer): WorkloadBinding[] {
  const bindings = [...ecsBindings(inventory), ...irsaBindings(inventory, roles), ...eksBindings(inventory)];
  const seen = new Set<string>();
  return bindings.filter((binding) => {
    const key = [binding.workloadType, binding.workload, binding.roleArn, binding.region, binding.cluster ?? ''].join('\0');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function ecsBindings(inventory: AccountInventory): WorkloadBinding[] {
  const fromTaskDefinitions = inventory.ecs.taskDefinitions.flatMap((td) => {
    const base = { workload: td.family, sourceArn: td.arn, region: td.region };
    return [
      ...(td.taskRoleArn ? [{ ...base, workloadType: 'ecs-task' as const, roleArn: td.taskRoleArn }] : []),
      ...(td.executionRoleArn ? [{ ...base, workloadType: 'ecs-execution' as const, roleArn: td.executionRoleArn }] : []),
    ];
  });
  const profiles = new Map(inventory.iam.roles.flatMap((role) => role.instanceProfiles.map((p) => [p.arn, role.arn] as const)));
  const instances = new Map(inventory.ec2.instances.map((instance) => [instance.instanceId, instance]));
  const fromInstances = inventory.ecs.containerInstances.flatMap((ci) => {
    const profileArn = ci.ec2InstanceId === undefined ? undefined : instances.get(ci.ec2InstanceId)?.instanceProfileArn;
    const roleArn = profileArn === undefined ? undefined : profiles.get(profileArn);
    return roleArn === undefined
      ? []
      : [{ workloadType: 'ecs-container-instance' as const, workload: ci.ec2InstanceId ?? ci.arn, sourceArn: ci.arn, roleArn, region: ci.region }];
  });
  return [...fromTaskDefinitions, ...fromInstances];
}

function eksBindings(inventory: AccountInventory): WorkloadBinding[] {
  const { nodegroups, fargateProfiles, podIdentityAssociations } = inventory.eks;
  return [
    ...podIdentityAssociations.map((a) => ({
      workloadType: 'pod-identity' as const,
      workload: `${a.namespace}/${a.serviceAccount}`,
      sourceArn: a.arn,
      roleArn: a.roleArn,
      region: a.region,
      cluster: a.clusterName,
      namespace: a.namespace,
      serviceAccount: a.serviceAccount,
    })),
    ...fargateProfiles.flatMap((p) =>
      p.podExecutionRoleArn === undefined
        ? []
        : [{ workloadType: 'fargate-pod-execution' as const, workload: p.name, sourceArn: p.arn, roleArn: p.podExecutionRoleArn, region: p.region, cluster: p.clusterName }],
    ),
    ...nodegroups.flatMap((n) =>
      n.nodeRoleArn === undefined
        ? []
        : [{ workloadType: 'eks-node' as const, workload: n.name, sourceArn: n.arn, roleArn: n.nodeRoleArn, region: n.region, cluster: n.clusterName }],
    ),
  ];
}

/**
 * IRSA: a role whose trust lets an OIDC provider's tokens call sts:AssumeRoleWithWebIdentity. The cluster
 * is the account's cluster with that issuer, when there is one; the service accounts come from the sub
 * condition (`*` when it admits any). Providers of other issuers (GitHub Actions, GitLab...) are CI systems
 * outside the account, not service accounts: no binding.
 */
function irsaBindings(inventory: AccountInventory, roles: RoleAnalyzer): WorkloadBinding[] {
  const clusters = new Map(
    inventory.eks.clusters.flatMap((c) => (c.oidcIssuer ? [[stripScheme(c.oidcIssuer), c] as const] : [])),
  );
  return inventory.iam.roles.flatMap((role) =>
    (roles.trust(role.arn)?.grants ?? []).flatMap((grant) => {
      const facts = grant.webIdentity;
      if (facts?.providerType !== 'oidc-provider' || !grant.actions.includes('sts:AssumeRoleWithWebIdentity')) return [];
      const cluster = clusters.get(facts.issuer);
      if (cluster === undefined && !isEksIssuer(facts.issuer)) return [];
      const accounts = facts.serviceAccounts === 'any' ? [{ namespace: '*', name: '*' }] : facts.serviceAccounts;
      return accounts.map((sa) => ({
        workloadType: 'irsa' as const,
        workload: `${sa.namespace}/${sa.name}`,
        sourceArn: cluster?.arn ?? facts.providerArn ?? role.arn,
        roleArn: role.arn,
        region: cluster?.region ?? regionOfIssuer(facts.issuer),
        ...(cluster ? { cluster: cluster.name } : {}),
        namespace: sa.namespace,
        serviceAccount: sa.name,
      }));
    }),
  );
}

export function stripScheme(issuer: string): string {
  return issuer.replace(/^https:\/\//, '');
}

/** `oidc.eks.<region>.amazonaws.com/id/...` names its region; other issuers are global. */
function regionOfIssuer(issuer: string): string {
  return /^oidc\.eks\.([a-z0-9-]+)\.amazonaws\.com\//.exec(issuer)?.[1] ?? 'global';
}
