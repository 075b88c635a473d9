import { parseArn } from './arn.parser';
import type { PrincipalType } from './policy-document.types';

export type PrincipalKind =
  | 'any'
  | 'account'
  | 'role'
  | 'user'
  | 'assumed-role'
  | 'service'
  | 'oidc'
  | 'saml'
  | 'unique-id'
  | 'other';

export interface TrustContext {
  /** The account that owns the role. */
  readonly accountId: string;
  readonly organizationAccountIds: ReadonlySet<string>;
  /** The account's IAM OIDC providers, when known: lets a trust name a provider that does not exist. */
  readonly oidcProviders?: readonly { readonly arn: string; readonly issuer: string }[];
}

export interface TrustedPrincipal {
  readonly principalKind: PrincipalKind;
  readonly principalType: PrincipalType;
  /** As written in the policy. */
  readonly principal: string;
  readonly accountId?: string;
  /** The principal's account is the role's own account or a member of the organization. */
  readonly insideOrganization?: boolean;
}

/** Public identity providers IAM accepts as Federated principals without an IAM OIDC provider. */
export const WEB_IDENTITY_PROVIDERS: readonly string[] = [
  'cognito-identity.amazonaws.com',
  'accounts.google.com',
  'graph.facebook.com',
  'www.amazon.com',
];

/** IAM shows a deleted role or user as its unique id (AROA... / AIDA...) instead of its ARN. */
const UNIQUE_ID = /^(AROA|AIDA|AGPA|ANPA|ASIA|AKIA)[A-Z0-9]{12,}$/;

export function classifyPrincipal(type: PrincipalType, value: string, ctx: TrustContext): TrustedPrincipal {
  const { kind, accountId } = kindOf(type, value);
  return {
    principalKind: kind,
    principalType: type,
    principal: value,
    ...(accountId === undefined
      ? {}
      : { accountId, insideOrganization: accountId === ctx.accountId || ctx.organizationAccountIds.has(accountId) }),
  };
}

function kindOf(type: PrincipalType, value: string): { kind: PrincipalKind; accountId?: string } {
  if (type === 'Service') return { kind: 'service' };
  if (type === 'CanonicalUser') return { kind: 'other' };
  if (type === 'Federated') {
    if (WEB_IDENTITY_PROVIDERS.includes(value.toLowerCase())) return { kind: 'oidc' };
    const arn = parseArn(value);
    if (arn?.resource.startsWith('oidc-provider/')) return { kind: 'oidc', accountId: arn.account };
    if (arn?.resource.startsWith('saml-provider/')) return { kind: 'saml', accountId: arn.account };
    return { kind: 'other', ...(arn === undefined ? {} : { accountId: arn.account }) };
  }
  if (value === '*') return { kind: 'any' };
  if (/^\d{12}$/.test(value)) return { kind: 'account', accountId: value };
  if (UNIQUE_ID.test(value)) return { kind: 'unique-id' };
  const arn = parseArn(value);
  if (arn === undefined) return { kind: 'other' };
  return { kind: awsArnKind(arn.service, arn.resource), accountId: arn.account };
}

function awsArnKind(service: string, resource: string): PrincipalKind {
  if (service === 'iam' && resource === 'root') return 'account';
  if (service === 'iam' && resource.startsWith('role/')) return 'role';
  if (service === 'iam' && resource.startsWith('user/')) return 'user';
  if (service === 'sts' && resource.startsWith('assumed-role/')) return 'assumed-role';
  return 'other';
}
