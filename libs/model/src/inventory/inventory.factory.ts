import type { AccountInventory, OrganizationContext } from './account-inventory.schema';
import type { Ec2Inventory } from './ec2.schema';
import type { EcsInventory } from './ecs.schema';
import type { EksInventory } from './eks.schema';
import { TEST_ACCOUNT_ID, TEST_REGION } from './factory-defaults';
import type { IamInventory } from './iam.schema';

export type InventoryOverrides = Partial<Omit<AccountInventory, 'iam' | 'ecs' | 'ec2' | 'eks'>> & {
  iam?: Partial<IamInventory>;
  ecs?: Partial<EcsInventory>;
  ec2?: Partial<Ec2Inventory>;
  eks?: Partial<EksInventory>;
};

/** An account inventory, empty unless the overrides fill its sections. */
export function anInventory(overrides: InventoryOverrides = {}): AccountInventory {
  const { iam, ecs, ec2, eks, ...rest } = overrides;
  return {
    accountId: TEST_ACCOUNT_ID,
    regions: [TEST_REGION],
    gaps: [],
    ...rest,
    iam: { roles: [], managedPolicies: [], oidcProviders: [], ...iam },
    ecs: { clusters: [], services: [], tasks: [], taskDefinitions: [], containerInstances: [], ...ecs },
    ec2: {
      instances: [],
      launchTemplates: [],
      autoScalingGroups: [],
      launchConfigurations: [],
      metadataDefaults: [],
      ...ec2,
    },
    eks: {
      clusters: [],
      nodegroups: [],
      fargateProfiles: [],
      podIdentityAssociations: [],
      accessEntries: [],
      serviceAccounts: [],
      pods: [],
      awsAuth: [],
      clusterRoleBindings: [],
      ...eks,
    },
  };
}

/** An organization of the given account ids (default: the test account), named after their ids. */
export function anOrganization(accountIds: string[] = [TEST_ACCOUNT_ID], organizationId = 'o-exampleorgid'): OrganizationContext {
  return { organizationId, accounts: accountIds.map((id) => ({ id, name: `account-${id}` })) };
}
