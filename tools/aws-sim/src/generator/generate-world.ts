import type { World } from '../world/world.schema';
import { AccountBuilder } from './account-builder';
import { addEcsCluster } from './ecs-generator';
import { addEksCluster } from './eks-generator';
import { GenContext } from './gen-context';
import type { AccountInput } from './generator-types';
import { addAuditRole, addFillerRoles, addVendorRoles } from './iam-generator';

export interface GenerateWorldOptions {
  accounts: number;
  seed: number | string;
  /** Regions accounts may enable (us-east-1 always is). */
  regions?: string[];
  auditRoleName?: string;
  externalId?: string;
  scannerRoleName?: string;
}

export const DEFAULT_REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-1'];

/** Account ids: distinct, 12 digits, stable for an index. */
function accountId(index: number): string {
  return String(100_000_000_000 + index * 7_919_993);
}

/**
 * A world of any size, the same for the same options: a few regions per account, 10-30 roles each,
 * ECS and EKS in some regions (others empty), and a mix of well-configured and misconfigured resources.
 */
export function generateWorld(options: GenerateWorldOptions): World {
  if (!Number.isInteger(options.accounts) || options.accounts < 1) throw new Error('accounts must be a positive integer');
  const ctx = new GenContext(options.seed);
  const regions = options.regions ?? DEFAULT_REGIONS;
  const management = accountId(0);
  const scannerArn = `arn:aws:iam::${management}:role/${options.scannerRoleName ?? 'RolecallScanner'}`;
  const accounts = Array.from({ length: options.accounts }, (_, index) =>
    generateAccount(ctx, index, management, regions, {
      scannerArn,
      roleName: options.auditRoleName ?? 'RolecallAudit',
      externalId: options.externalId ?? 'rolecall-demo',
      unassumable: index > 0 && ctx.chance(0.02),
    }),
  );
  return {
    organization: { id: `o-${ctx.random.alnum(10)}`, managementAccountId: management },
    scanner: { principalArn: scannerArn },
    accounts,
  };
}

function generateAccount(ctx: GenContext, index: number, management: string, regions: string[], audit: Parameters<typeof addAuditRole>[1]): AccountInput {
  const id = accountId(index);
  const account = new AccountBuilder(id, management, ctx);
  addAuditRole(account, audit);
  addVendorRoles(account);
  const enabled = ['us-east-1', ...regions.filter((region) => region !== 'us-east-1' && ctx.chance(0.5))].slice(0, ctx.int(1, 4));
  const env = index === 0 ? 'mgmt' : ctx.pick(['prod', 'stage', 'dev', 'test', 'sandbox']);
  for (const region of enabled) {
    if (ctx.chance(0.45)) for (let c = 0; c < ctx.int(1, 2); c++) addEcsCluster(account, region, env, c);
    if (ctx.chance(0.3)) addEksCluster(account, region, env);
  }
  addFillerRoles(account, ctx.int(10, 30));
  return {
    id,
    name: index === 0 ? 'management' : `${env}-${String(index).padStart(4, '0')}`,
    status: index > 0 && ctx.chance(0.01) ? 'SUSPENDED' : undefined,
    joinedTimestamp: ctx.date(),
    regions: enabled,
    iam: { roles: account.roles, openIdConnectProviders: account.oidcProviders.length > 0 ? account.oidcProviders : undefined },
    regional: account.regional,
  };
}
