import type { QueryHandler } from '../service';

/** The account-level IMDS defaults of the region (empty when none are set). */
export const getInstanceMetadataDefaults: QueryHandler = ({ account, region }) => ({
  AccountLevel: { ...account.region(region).ec2().data.instanceMetadataDefaults },
});
