import { type IamRole } from '@rolecall/model';
import { aRole, aTrustPolicy, TEST_ACCOUNT_ID } from '@rolecall/model/testing';

export const ISSUER = 'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE';
export const PROVIDER_ARN = `arn:aws:iam::${TEST_ACCOUNT_ID}:oidc-provider/${ISSUER}`;

/** A role trusting the test cluster's OIDC provider with the given condition block. */
export function anIrsaRole(roleName: string, condition?: unknown, providerArn = PROVIDER_ARN): IamRole {
  return aRole({ roleName, trustPolicy: aTrustPolicy({ Federated: providerArn }, 'sts:AssumeRoleWithWebIdentity', condition) });
}
