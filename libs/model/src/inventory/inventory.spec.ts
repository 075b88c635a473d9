import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accountInventorySchema, organizationContextSchema } from '@rolecall/model';
import { aContainer, aContainerInstance, aFargateProfile, aLaunchConfiguration, aLaunchTemplate, aManagedPolicy, anAccessEntry, anAutoScalingGroup, anEcsCluster, anEcsService, anEcsTask, anEksCluster, anInstance, anInventory, anOidcProvider, anOrganization, aNodegroup, aPodIdentityAssociation, aRole, aTaskDefinition, metadataDefaults } from '@rolecall/model/testing';

describe('inventory model', () => {
  test('an inventory filled by every factory is schema-valid', () => {
    const inventory = anInventory({
      iam: { roles: [aRole()], managedPolicies: [aManagedPolicy()], oidcProviders: [anOidcProvider()] },
      ecs: {
        clusters: [anEcsCluster()],
        services: [anEcsService()],
        tasks: [anEcsTask()],
        taskDefinitions: [aTaskDefinition({ containers: [aContainer({ privileged: true })] })],
        containerInstances: [aContainerInstance()],
      },
      ec2: {
        instances: [anInstance()],
        launchTemplates: [aLaunchTemplate()],
        autoScalingGroups: [anAutoScalingGroup()],
        launchConfigurations: [aLaunchConfiguration()],
        metadataDefaults: [metadataDefaults({ httpTokens: 'required' })],
      },
      eks: {
        clusters: [anEksCluster()],
        nodegroups: [aNodegroup()],
        fargateProfiles: [aFargateProfile()],
        podIdentityAssociations: [aPodIdentityAssociation()],
        accessEntries: [anAccessEntry()],
      },
    });
    const parsed = accountInventorySchema.parse(inventory);
    assert.deepEqual(parsed, inventory);
  });

  test('factories derive ARNs from the overridden names and place', () => {
    assert.equal(aRole({ roleName: 'web', accountId: '999988887777' }).arn, 'arn:aws:iam::999988887777:role/web');
    assert.equal(
      aTaskDefinition({ family: 'api', revision: 7, region: 'eu-west-1' }).arn,
      'arn:aws:ecs:eu-west-1:111122223333:task-definition/api:7',
    );
    assert.equal(aManagedPolicy({ awsManaged: true, policyName: 'AdministratorAccess' }).arn, 'arn:aws:iam::aws:policy/AdministratorAccess');
  });

  test('an inventory with a malformed account id or a gap without a code is rejected', () => {
    assert.equal(accountInventorySchema.safeParse(anInventory({ accountId: '12345' })).success, false);
    const gapWithoutCode = { service: 'iam', operation: 'GetAccountAuthorizationDetails', region: 'global' };
    assert.equal(accountInventorySchema.safeParse({ ...anInventory(), gaps: [gapWithoutCode] }).success, false);
  });

  test('an organization context lists 12-digit accounts with names', () => {
    assert.deepEqual(organizationContextSchema.parse(anOrganization(['123456789012'])), {
      organizationId: 'o-exampleorgid',
      accounts: [{ id: '123456789012', name: 'account-123456789012' }],
    });
    assert.equal(organizationContextSchema.safeParse({ accounts: [{ id: 'x', name: 'y' }] }).success, false);
  });
});
