import { AWS_POLICY, type AccountBuilder } from './account-builder';
import { accountTrust, allow, scannerTrust, serviceTrust } from './trust-documents';

export interface AuditRoleOptions {
  scannerArn: string;
  roleName: string;
  externalId: string;
  /** The role is missing or expects another ExternalId, so the scanner cannot assume it. */
  unassumable: boolean;
}

export function addAuditRole(account: AccountBuilder, options: AuditRoleOptions): void {
  if (options.unassumable && account.ctx.chance(0.5)) return;
  const externalId = options.unassumable ? `other-${account.ctx.hex(6)}` : options.externalId;
  account.role(options.roleName, scannerTrust(options.scannerArn, externalId), {
    AttachedManagedPolicies: [{ PolicyArn: AWS_POLICY('SecurityAudit') }, { PolicyArn: AWS_POLICY('job-function/ViewOnlyAccess') }],
  });
}

/** Roles trusted by accounts outside the organization: some with an ExternalId, some without. */
export function addVendorRoles(account: AccountBuilder): void {
  const { ctx } = account;
  if (!ctx.chance(0.15)) return;
  const vendor = `9${String(ctx.int(0, 99_999_999_999)).padStart(11, '0')}`;
  const externalId = ctx.chance(0.6) ? `vendor-${ctx.hex(8)}` : undefined;
  account.role(`vendor-${ctx.pick(['monitoring', 'backup', 'finops', 'security'])}`, accountTrust(vendor, externalId), {
    AttachedManagedPolicies: [{ PolicyArn: AWS_POLICY(ctx.pick(['ReadOnlyAccess', 'job-function/ViewOnlyAccess', 'SecurityAudit'])) }],
  });
}

const FILLER_SERVICES = ['lambda.amazonaws.com', 'ec2.amazonaws.com', 'glue.amazonaws.com', 'states.amazonaws.com', 'events.amazonaws.com'];
const FILLER_POLICIES = ['AmazonS3ReadOnlyAccess', 'CloudWatchAgentServerPolicy', 'AmazonSSMManagedInstanceCore', 'AmazonDynamoDBReadOnlyAccess'];

/** Ordinary service roles until the account has `target` roles; a few broad ones among them. */
export function addFillerRoles(account: AccountBuilder, target: number): void {
  const { ctx, id } = account;
  for (let i = 0; account.roles.length < target; i++) {
    const service = ctx.pick(FILLER_SERVICES);
    const name = `${service.split('.')[0]}-${ctx.pick(['etl', 'sync', 'cleanup', 'report', 'backup', 'notify'])}-${i}`;
    const broad = ctx.chance(0.05);
    account.role(name, serviceTrust(service), {
      AttachedManagedPolicies: [{ PolicyArn: AWS_POLICY(broad ? 'PowerUserAccess' : ctx.pick(FILLER_POLICIES)) }],
      RolePolicyList: ctx.chance(0.4) ? [{ PolicyName: 'inline', PolicyDocument: allow(['s3:GetObject', 's3:PutObject'], `arn:aws:s3:::${id}-${name}/*`) }] : undefined,
      Tags: ctx.chance(0.5) ? [{ Key: 'owner', Value: ctx.pick(['platform', 'data', 'payments', 'web']) }] : undefined,
    });
  }
}
