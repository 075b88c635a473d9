import type { EksAccessEntry, EksFargateProfile, EksNodegroup, EksPodIdentityAssociation } from '@rolecall/model';
import { paginate, type Collection } from '../collection';
import type { Place } from '../transforms/ecs.transform';
import {
  accessEntryFrom,
  fargateProfileFrom,
  nodegroupFrom,
  podIdentityAssociationFrom,
} from '../transforms/eks.transform';

// EKS has no batch describes: one list per cluster, then one describe per item.

export async function collectNodegroups(collection: Collection, clusterName: string, place: Place): Promise<EksNodegroup[]> {
  const { session } = collection;
  const names = await paginate(async (nextToken) => {
    const page = await session.call('eks', 'ListNodegroups', { clusterName, nextToken, maxResults: 100 }, place.region);
    return { items: page.nodegroups, next: page.nextToken };
  });
  const found = await Promise.all(
    names.map((nodegroupName) => session.call('eks', 'DescribeNodegroup', { clusterName, nodegroupName }, place.region)),
  );
  return found.flatMap(({ nodegroup }) =>
    nodegroup ? [nodegroupFrom({ ...nodegroup, clusterName: nodegroup.clusterName || clusterName }, place)] : [],
  );
}

export async function collectFargateProfiles(
  collection: Collection,
  clusterName: string,
  place: Place,
): Promise<EksFargateProfile[]> {
  const { session } = collection;
  const names = await paginate(async (nextToken) => {
    const page = await session.call('eks', 'ListFargateProfiles', { clusterName, nextToken, maxResults: 100 }, place.region);
    return { items: page.fargateProfileNames, next: page.nextToken };
  });
  const found = await Promise.all(
    names.map((fargateProfileName) =>
      session.call('eks', 'DescribeFargateProfile', { clusterName, fargateProfileName }, place.region),
    ),
  );
  return found.flatMap(({ fargateProfile: profile }) =>
    profile ? [fargateProfileFrom({ ...profile, clusterName: profile.clusterName || clusterName }, place)] : [],
  );
}

export async function collectPodIdentity(
  collection: Collection,
  clusterName: string,
  place: Place,
): Promise<EksPodIdentityAssociation[]> {
  const { session } = collection;
  const summaries = await paginate(async (nextToken) => {
    const input = { clusterName, nextToken, maxResults: 100 };
    const page = await session.call('eks', 'ListPodIdentityAssociations', input, place.region);
    return { items: page.associations, next: page.nextToken };
  });
  const found = await Promise.all(
    summaries.map((summary) =>
      session.call(
        'eks',
        'DescribePodIdentityAssociation',
        { clusterName, associationId: summary.associationId ?? '' },
        place.region,
      ),
    ),
  );
  return found.flatMap(({ association }) =>
    association ? [podIdentityAssociationFrom({ ...association, clusterName: association.clusterName || clusterName }, place)] : [],
  );
}

export async function collectAccessEntries(collection: Collection, clusterName: string, place: Place): Promise<EksAccessEntry[]> {
  const { session } = collection;
  const principals = await paginate(async (nextToken) => {
    const page = await session.call('eks', 'ListAccessEntries', { clusterName, nextToken, maxResults: 100 }, place.region);
    return { items: page.accessEntries, next: page.nextToken };
  });
  const found = await Promise.all(
    principals.map(async (principalArn) => {
      const [{ accessEntry }, policies] = await Promise.all([
        session.call('eks', 'DescribeAccessEntry', { clusterName, principalArn }, place.region),
        paginate(async (nextToken) => {
          const input = { clusterName, principalArn, nextToken, maxResults: 100 };
          const page = await session.call('eks', 'ListAssociatedAccessPolicies', input, place.region);
          return { items: page.associatedAccessPolicies, next: page.nextToken };
        }),
      ]);
      if (!accessEntry) return [];
      const entry = { ...accessEntry, clusterName: accessEntry.clusterName || clusterName, principalArn: accessEntry.principalArn || principalArn };
      return [accessEntryFrom(entry, policies, place)];
    }),
  );
  return found.flat();
}
