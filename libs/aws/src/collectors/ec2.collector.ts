import type { LaunchTemplate as SdkLaunchTemplate } from '@aws-sdk/client-ec2';
import type { Ec2Instance, InstanceMetadataDefaults } from '@rolecall/model';
import { paginate, type Collection } from '../collection';
import { instanceFrom, metadataOptionsFrom } from '../transforms/ec2.transform';
import type { Place } from '../transforms/ecs.transform';

export interface Ec2RegionBase {
  instances: Ec2Instance[];
  /** Launch templates as listed; their versions are read once every user of a version is known. */
  launchTemplates: SdkLaunchTemplate[];
  metadataDefaults: InstanceMetadataDefaults[];
}

/** EC2 in one region: instances (terminated ones dropped), launch templates, the account's IMDS defaults. */
export async function collectEc2(collection: Collection, region: string): Promise<Ec2RegionBase> {
  const place = { accountId: collection.accountId, region };
  const [instances, launchTemplates, metadataDefaults] = await Promise.all([
    collection.attempt(() => listInstances(collection, place)),
    collection.attempt(() => listLaunchTemplates(collection, region)),
    collection.attempt(() => readMetadataDefaults(collection, region)),
  ]);
  return {
    instances: instances ?? [],
    launchTemplates: launchTemplates ?? [],
    metadataDefaults: metadataDefaults ? [metadataDefaults] : [],
  };
}

async function listInstances(collection: Collection, place: Place): Promise<Ec2Instance[]> {
  const reservations = await paginate(async (NextToken) => {
    const page = await collection.session.call('ec2', 'DescribeInstances', { NextToken, MaxResults: 1000 }, place.region);
    return { items: page.Reservations, next: page.NextToken };
  });
  const instances = reservations
    .flatMap((reservation) => reservation.Instances ?? [])
    .filter((instance) => instance.State?.Name !== 'terminated')
    .map((instance) => instanceFrom(instance, place));
  return collection.identified('ec2 instance', place.region, instances);
}

async function listLaunchTemplates(collection: Collection, region: string): Promise<SdkLaunchTemplate[]> {
  return paginate(async (NextToken) => {
    const page = await collection.session.call('ec2', 'DescribeLaunchTemplates', { NextToken, MaxResults: 200 }, region);
    return { items: page.LaunchTemplates, next: page.NextToken };
  });
}

async function readMetadataDefaults(collection: Collection, region: string): Promise<InstanceMetadataDefaults> {
  const { AccountLevel } = await collection.session.call('ec2', 'GetInstanceMetadataDefaults', {}, region);
  return { region, ...metadataOptionsFrom(AccountLevel) };
}
