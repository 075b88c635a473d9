import type { IamRole } from '@rolecall/model';
import { aRole, aTrustPolicy, TEST_ACCOUNT_ID } from '@rolecall/model/testing';

export const GITHUB = 'token.actions.githubusercontent.com';
export const GITHUB_PROVIDER = `arn:aws:iam::${TEST_ACCOUNT_ID}:oidc-provider/${GITHUB}`;

/** A role trusting an OIDC provider (GitHub Actions unless another issuer is given) with the given condition block. */
export function aCiRole(roleName: string, condition?: unknown, issuer = GITHUB): IamRole {
  const provider = `arn:aws:iam::${TEST_ACCOUNT_ID}:oidc-provider/${issuer}`;
  return aRole({ roleName, trustPolicy: aTrustPolicy({ Federated: provider }, 'sts:AssumeRoleWithWebIdentity', condition) });
}
