import type { WorldInstance } from '../../world/ec2.schema';
import { paginate } from '../../paging/page';
import { SimError } from '../../protocols/sim-error';
import { EC2_NAMING } from '../../wire/ec2-naming';
import { XmlRaw, xmlMembers } from '../../wire/xml-writer';
import type { QueryHandler } from '../service';
import { applyFilters } from './ec2-filters';

const instanceCache = new WeakMap<WorldInstance, XmlRaw>();

function instanceXml(instance: WorldInstance): XmlRaw {
  let raw = instanceCache.get(instance);
  if (!raw) {
    const { ReservationId: _reservation, ...served } = instance;
    raw = new XmlRaw(xmlMembers(served, EC2_NAMING, 'Instances'));
    instanceCache.set(instance, raw);
  }
  return raw;
}

/** Instances by id or filters, grouped into reservations, paged by MaxResults (5-1000) and NextToken. */
export const describeInstances: QueryHandler = ({ sim, account, region }, input) => {
  const ec2 = account.region(region).ec2();
  const ids = input.list('InstanceId');
  const maxResults = input.int('MaxResults');
  if (ids.length > 0 && maxResults !== undefined) {
    throw new SimError('InvalidParameterCombination', 'The parameter instancesSet cannot be used with the parameter maxResults', 400);
  }
  const missing = ids.find((id) => !ec2.findInstance(id));
  if (missing) throw new SimError('InvalidInstanceID.NotFound', `The instance ID '${missing}' does not exist`, 400);
  const selected = ids.length > 0 ? ids.map((id) => ec2.findInstance(id) as WorldInstance) : ec2.instances;
  const filters = input.filters();
  const matching = applyFilters(selected, filters, {
    'instance-id': (i) => i.InstanceId,
    'instance-state-name': (i) => i.State.Name,
    'instance-type': (i) => i.InstanceType,
    'image-id': (i) => i.ImageId,
    'vpc-id': (i) => i.VpcId,
    'subnet-id': (i) => i.SubnetId,
    'iam-instance-profile.arn': (i) => i.IamInstanceProfile?.Arn,
    'metadata-options.http-tokens': (i) => i.MetadataOptions?.HttpTokens,
  });
  const page = paginate(matching, {
    tokens: sim.pageTokens,
    scope: `ec2:DescribeInstances:${account.id}:${region}:${JSON.stringify(filters)}`,
    service: 'ec2',
    token: input.string('NextToken'),
    requested: maxResults,
    defaultSize: 1000,
    minSize: 5,
    maxSize: 1000,
    sizeParameter: 'MaxResults',
  });
  return { Reservations: groupReservations(page.items, account.id), NextToken: page.nextToken };
};

function groupReservations(instances: WorldInstance[], ownerId: string) {
  const reservations = new Map<string, XmlRaw[]>();
  for (const instance of instances) {
    const id = instance.ReservationId ?? `r-${instance.InstanceId.slice(2)}`;
    const list = reservations.get(id) ?? [];
    list.push(instanceXml(instance));
    reservations.set(id, list);
  }
  return [...reservations].map(([ReservationId, items]) => ({ ReservationId, OwnerId: ownerId, Groups: [], Instances: items }));
}
