import type { JsonHandler } from '../service';
import { accountEmail } from './account-email';

export const describeOrganization: JsonHandler = ({ sim }) => {
  const { id, managementAccountId, featureSet } = sim.index.organization;
  const management = sim.index.findAccount(managementAccountId);
  return {
    Organization: {
      Id: id,
      Arn: `arn:aws:organizations::${managementAccountId}:organization/${id}`,
      FeatureSet: featureSet,
      MasterAccountArn: management?.arn,
      MasterAccountId: managementAccountId,
      MasterAccountEmail: management && accountEmail(management.account),
      AvailablePolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }],
    },
  };
};
