import type { EcsInventory, EksInventory, IamRole } from '@rolecall/model';

type Statement = { Effect?: unknown; Principal?: unknown; Action?: unknown };

function statementsOf(document: unknown): Statement[] {
  const statement = (document as { Statement?: unknown } | null)?.Statement;
  if (Array.isArray(statement)) return statement as Statement[];
  return statement && typeof statement === 'object' ? [statement as Statement] : [];
}

function valuesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function trusts(role: IamRole, matches: (principalType: string, principal: string, actions: string[]) => boolean): boolean {
  return statementsOf(role.trustPolicy).some((statement) => {
    if (statement.Effect !== 'Allow' || !statement.Principal || typeof statement.Principal !== 'object') return false;
    const actions = valuesOf(statement.Action).map((action) => action.toLowerCase());
    return Object.entries(statement.Principal).some(([type, principals]) =>
      valuesOf(principals).some((principal) => matches(type, principal, actions)),
    );
  });
}

/** IRSA: a federated EKS OIDC provider allowed sts:AssumeRoleWithWebIdentity. */
function isIrsaRole(role: IamRole): boolean {
  return trusts(
    role,
    (type, principal, actions) =>
      type === 'Federated' &&
      /:oidc-provider\/oidc\.eks\./.test(principal) &&
      actions.some((action) => action === 'sts:assumerolewithwebidentity' || action === 'sts:*' || action === '*'),
  );
}

function isPodIdentityRole(role: IamRole): boolean {
  return trusts(role, (type, principal) => type === 'Service' && principal === 'pods.eks.amazonaws.com');
}

/**
 * The account's workload roles, whose Access Advisor report Rolecall reads: ECS task roles,
 * IRSA roles and EKS Pod Identity roles (by association or by trust).
 */
export function workloadRoles(roles: readonly IamRole[], ecs: EcsInventory, eks: EksInventory): IamRole[] {
  const named = new Set<string>([
    ...ecs.taskDefinitions.flatMap((definition) => definition.taskRoleArn ?? []),
    ...eks.podIdentityAssociations.flatMap((association) => [association.roleArn, association.targetRoleArn ?? '']),
  ]);
  return roles.filter((role) => named.has(role.arn) || isIrsaRole(role) || isPodIdentityRole(role));
}
