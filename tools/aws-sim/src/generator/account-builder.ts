import type { PolicyDocument } from '../world/common.schema';
import type { GenContext } from './gen-context';
import type { AccountInput, RegionalInput, RoleInput } from './generator-types';

type IamInput = NonNullable<AccountInput['iam']>;
type OidcInput = NonNullable<IamInput['openIdConnectProviders']>[number];

export const AWS_POLICY = (name: string) => `arn:aws:iam::aws:policy/${name}`;

/** Collects one account's IAM and regional resources while the generators fill them in. */
export class AccountBuilder {
  readonly roles: RoleInput[] = [];
  readonly oidcProviders: OidcInput[] = [];
  readonly regional: Partial<Record<string, RegionalInput>> = {};
  private readonly roleNames = new Set<string>();

  constructor(
    readonly id: string,
    readonly managementAccountId: string,
    readonly ctx: GenContext,
  ) {}

  /** Adds a role (unless one of that name exists) and returns its ARN. */
  role(name: string, trust: PolicyDocument, extra: Omit<RoleInput, 'RoleName' | 'CreateDate' | 'AssumeRolePolicyDocument'> = {}): string {
    if (!this.roleNames.has(name.toLowerCase())) {
      this.roleNames.add(name.toLowerCase());
      this.roles.push({ RoleName: name, CreateDate: this.ctx.date(), AssumeRolePolicyDocument: trust, ...extra });
    }
    return `arn:aws:iam::${this.id}:role/${name}`;
  }

  hasRole(name: string): boolean {
    return this.roleNames.has(name.toLowerCase());
  }

  region(name: string): RegionalInput {
    let regional = this.regional[name];
    if (!regional) this.regional[name] = regional = {};
    return regional;
  }

  oidcProvider(issuer: string): void {
    this.oidcProviders.push({ Url: issuer, ClientIDList: ['sts.amazonaws.com'], ThumbprintList: ['9e99a48a9960b14926bb7f3b02e22da2b0ab7280'], CreateDate: this.ctx.date() });
  }
}
