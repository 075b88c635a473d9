/** The commercial AWS regions the simulator knows. Opt-in regions must be enabled per account. */
export interface AwsRegion {
  name: string;
  optIn: boolean;
}

const DEFAULT_REGIONS = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2',
  'ca-central-1', 'sa-east-1',
  'eu-central-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-north-1',
  'ap-south-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-southeast-1', 'ap-southeast-2',
];

const OPT_IN_REGIONS = [
  'af-south-1', 'ap-east-1', 'ap-south-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5', 'ap-southeast-7',
  'ca-west-1', 'eu-central-2', 'eu-south-1', 'eu-south-2', 'il-central-1', 'me-central-1', 'me-south-1', 'mx-central-1',
];

export const AWS_REGIONS: readonly AwsRegion[] = [
  ...DEFAULT_REGIONS.map((name) => ({ name, optIn: false })),
  ...OPT_IN_REGIONS.map((name) => ({ name, optIn: true })),
];

const BY_NAME = new Map(AWS_REGIONS.map((region) => [region.name, region]));

export function findRegion(name: string): AwsRegion | undefined {
  return BY_NAME.get(name);
}

export function isKnownRegion(name: string): boolean {
  return BY_NAME.has(name);
}
