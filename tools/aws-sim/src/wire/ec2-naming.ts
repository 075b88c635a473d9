import type { XmlNaming } from './xml-writer';

/** EC2 element names that are not the member name with a lowercase first letter (from the EC2 model's xmlName traits). */
const RENAMED: Record<string, string> = {
  Reservations: 'reservationSet',
  Instances: 'instancesSet',
  Groups: 'groupSet',
  Tags: 'tagSet',
  Regions: 'regionInfo',
  Endpoint: 'regionEndpoint',
  LaunchTemplateVersions: 'launchTemplateVersionSet',
  TagSpecifications: 'tagSpecificationSet',
  SecurityGroupIds: 'securityGroupIdSet',
  PublicDnsName: 'dnsName',
  PublicIpAddress: 'ipAddress',
  StateTransitionReason: 'reason',
};

/** Renames that depend on the parent: key is `<parent member>/<member>`. */
const RENAMED_IN: Record<string, string> = {
  'Instances/State': 'instanceState',
  'Instances/SecurityGroups': 'groupSet',
};

/** ec2Query naming: lowerCamel element names with the model's renames, list items are <item>. */
export const EC2_NAMING: XmlNaming = {
  memberName: (key, parentKey) => RENAMED_IN[`${parentKey}/${key}`] ?? RENAMED[key] ?? key[0].toLowerCase() + key.slice(1),
  itemName: 'item',
};
