import { findAwsManagedPolicy, isAwsManagedPolicyArn } from '../catalog/managed-policies';
import { formatPath } from './world-error';
import type { ValidWorld, WorldAccount } from './world.schema';

/** Checks what the schema cannot: unique ids and that referenced accounts and policies exist. Returns issues. */
export function checkWorldReferences(world: ValidWorld): string[] {
  const issues: string[] = [];
  const accountIds = new Set<string>();
  world.accounts.forEach((account, index) => {
    if (accountIds.has(account.id)) issues.push(`accounts[${index}].id: duplicate account id ${account.id}`);
    accountIds.add(account.id);
    issues.push(...checkAccount(account, ['accounts', index]));
  });
  if (!accountIds.has(world.organization.managementAccountId)) {
    issues.push('organization.managementAccountId: no such account in accounts');
  }
  const scannerAccount = world.scanner.principalArn.split(':')[4];
  if (!accountIds.has(scannerAccount)) issues.push(`scanner.principalArn: account ${scannerAccount} is not in accounts`);
  return issues;
}

function checkAccount(account: WorldAccount, at: (string | number)[]): string[] {
  const issues: string[] = [];
  const customerPolicies = new Set(account.iam.policies.map((p) => `arn:aws:iam::${account.id}:policy${p.Path}${p.PolicyName}`));
  const checkPolicyArn = (arn: string, path: (string | number)[]): void => {
    const known = isAwsManagedPolicyArn(arn) ? findAwsManagedPolicy(arn) !== undefined : customerPolicies.has(arn);
    if (!known) issues.push(`${formatPath(path)}: no such ${isAwsManagedPolicyArn(arn) ? 'AWS managed' : 'customer managed'} policy ${arn}`);
  };
  const roleNames = new Set<string>();
  account.iam.roles.forEach((role, r) => {
    const rolePath = [...at, 'iam', 'roles', r];
    if (roleNames.has(role.RoleName.toLowerCase())) issues.push(`${formatPath([...rolePath, 'RoleName'])}: duplicate role name ${role.RoleName}`);
    roleNames.add(role.RoleName.toLowerCase());
    role.AttachedManagedPolicies.forEach((attached, a) => checkPolicyArn(attached.PolicyArn, [...rolePath, 'AttachedManagedPolicies', a, 'PolicyArn']));
    if (role.PermissionsBoundary) checkPolicyArn(role.PermissionsBoundary.PermissionsBoundaryArn, [...rolePath, 'PermissionsBoundary', 'PermissionsBoundaryArn']);
  });
  return issues;
}
