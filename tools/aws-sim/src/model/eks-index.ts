import { memo } from '../util/memo';
import type { WorldAccessEntry, WorldEks, WorldEksCluster, WorldFargateProfile, WorldNodegroup, WorldPodIdentityAssociation } from '../world/eks.schema';
import {
  accessEntryArn, accessEntryWire, associationArn, associationWire, clusterArn, clusterWire, type EksArns,
  fargateProfileArn, fargateProfileWire, nodegroupArn, nodegroupWire,
} from './eks-served';

export interface ServedEks<T> {
  arn: string;
  data: T;
  wire: () => string;
}

/** An EKS cluster with its children, each listed in world order and indexed by name (or id, or principal ARN). */
export interface ServedEksCluster extends ServedEks<WorldEksCluster> {
  nodegroups: Map<string, ServedEks<WorldNodegroup>>;
  fargateProfiles: Map<string, ServedEks<WorldFargateProfile>>;
  podIdentityAssociations: Map<string, ServedEks<WorldPodIdentityAssociation>>;
  accessEntries: Map<string, ServedEks<WorldAccessEntry>>;
}

function indexBy<T>(items: T[], key: (item: T) => string, arn: (item: T) => string, wire: (item: T, arn: string) => string): Map<string, ServedEks<T>> {
  return new Map(
    items.map((item) => {
      const itemArn = arn(item);
      return [key(item), { arn: itemArn, data: item, wire: memo(() => wire(item, itemArn)) }];
    }),
  );
}

/** One account's EKS in one region. */
export class EksIndex {
  readonly clusters: Map<string, ServedEksCluster>;

  constructor(accountId: string, region: string, data: WorldEks) {
    const prefix = `arn:aws:eks:${region}:${accountId}`;
    this.clusters = new Map(data.clusters.map((cluster) => [cluster.name, serveCluster(prefix, region, cluster)]));
  }
}

function serveCluster(prefix: string, region: string, cluster: WorldEksCluster): ServedEksCluster {
  const arn = cluster.arn ?? clusterArn(prefix, cluster.name);
  const arns: EksArns = { prefix, clusterName: cluster.name };
  const name = cluster.name;
  return {
    arn,
    data: cluster,
    wire: memo(() => clusterWire(cluster, arn, region)),
    nodegroups: indexBy(cluster.nodegroups, (ng) => ng.nodegroupName, (ng) => nodegroupArn(arns, ng), (ng, a) => nodegroupWire(ng, a, name)),
    fargateProfiles: indexBy(cluster.fargateProfiles, (fp) => fp.fargateProfileName, (fp) => fargateProfileArn(arns, fp), (fp, a) => fargateProfileWire(fp, a, name)),
    podIdentityAssociations: indexBy(cluster.podIdentityAssociations, (pia) => pia.associationId, (pia) => associationArn(arns, pia), (pia, a) => associationWire(pia, a, name)),
    accessEntries: indexBy(cluster.accessEntries, (entry) => entry.principalArn, (entry) => accessEntryArn(arns, entry), (entry, a) => accessEntryWire(entry, a, name)),
  };
}
