import type { AccountInventory, IamRole, OrganizationContext } from '@rolecall/model';
import {
  analyzeTrust,
  parsePolicyDocument,
  parsePolicyDocumentCached,
  type ActionCatalog,
  type NamedPolicy,
  type PermissionAnalysis,
  type PolicyDocument,
  type TrustAnalysis,
} from '../policy';
import { permissionCacheFor } from './permission-cache';

/**
 * Per-account, memoized answers about roles: what a role can do (its inline and attached managed
 * policies, under its permissions boundary) and who can assume it. A policy that fails to parse or a
 * managed policy missing from the inventory makes the role's permissions unknown (undefined), never
 * "allows nothing".
 */
export class RoleAnalyzer {
  private readonly rolesByArn: ReadonlyMap<string, IamRole>;
  private readonly policyDocuments: ReadonlyMap<string, unknown>;
  private readonly organizationAccountIds: ReadonlySet<string>;
  private readonly permissionsMemo = new Map<string, PermissionAnalysis | undefined>();
  private readonly trustMemo = new Map<string, TrustAnalysis | undefined>();
  /** Parsed managed policies by ARN: several roles of the account attach the same ones. */
  private readonly managedMemo = new Map<string, PolicyDocument | undefined>();

  constructor(
    private readonly inventory: AccountInventory,
    organization: OrganizationContext,
    private readonly catalog: ActionCatalog,
  ) {
    this.rolesByArn = new Map(inventory.iam.roles.map((role) => [role.arn, role]));
    this.policyDocuments = new Map(inventory.iam.managedPolicies.map((policy) => [policy.arn, policy.document]));
    this.organizationAccountIds = new Set(organization.accounts.map((account) => account.id));
  }

  role(arn: string): IamRole | undefined {
    return this.rolesByArn.get(arn);
  }

  permissions(roleArn: string): PermissionAnalysis | undefined {
    if (!this.permissionsMemo.has(roleArn)) this.permissionsMemo.set(roleArn, this.analyzePermissions(roleArn));
    return this.permissionsMemo.get(roleArn);
  }

  trust(roleArn: string): TrustAnalysis | undefined {
    if (!this.trustMemo.has(roleArn)) this.trustMemo.set(roleArn, this.analyzeTrust(roleArn));
    return this.trustMemo.get(roleArn);
  }

  private analyzePermissions(roleArn: string): PermissionAnalysis | undefined {
    const role = this.rolesByArn.get(roleArn);
    if (!role) return undefined;
    const policies: NamedPolicy[] = [];
    for (const inline of role.inlinePolicies) {
      const document = tryParse(inline.document, parsePolicyDocumentCached);
      if (!document) return undefined;
      policies.push({ name: inline.policyName, document });
    }
    for (const attached of role.attachedManagedPolicies) {
      const document = this.managedPolicy(attached.policyArn);
      if (!document) return undefined;
      policies.push({ name: attached.policyName, document });
    }
    let permissionsBoundary: NamedPolicy | undefined;
    if (role.permissionsBoundaryArn) {
      const document = this.managedPolicy(role.permissionsBoundaryArn);
      if (!document) return undefined;
      permissionsBoundary = { name: role.permissionsBoundaryArn, document };
    }
    return permissionCacheFor(this.catalog).analyze({ policies, permissionsBoundary, roleArn });
  }

  private managedPolicy(policyArn: string): PolicyDocument | undefined {
    if (!this.managedMemo.has(policyArn)) this.managedMemo.set(policyArn, tryParse(this.policyDocuments.get(policyArn), parsePolicyDocumentCached));
    return this.managedMemo.get(policyArn);
  }

  private analyzeTrust(roleArn: string): TrustAnalysis | undefined {
    const role = this.rolesByArn.get(roleArn);
    const document = role && tryParse(role.trustPolicy);
    if (!document) return undefined;
    return analyzeTrust(document, {
      accountId: this.inventory.accountId,
      organizationAccountIds: this.organizationAccountIds,
      oidcProviders: this.inventory.iam.oidcProviders.map((provider) => ({ arn: provider.arn, issuer: provider.url })),
    });
  }
}

function tryParse(document: unknown, parse: (input: unknown) => PolicyDocument = parsePolicyDocument): PolicyDocument | undefined {
  if (document === undefined) return undefined;
  try {
    return parse(document);
  } catch {
    return undefined;
  }
}
