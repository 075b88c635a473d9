import { JsonRaw } from '../../wire/json-writer';
import type { RestHandler } from '../service';
import { findCluster, notFound, pageOf } from './eks-common';

export const listNodegroups: RestHandler = (ctx, input) => {
  const cluster = findCluster(ctx, input.path.name);
  const page = pageOf(ctx, [...cluster.nodegroups.keys()], input, cluster.arn);
  return { nodegroups: page.items, nextToken: page.nextToken };
};

export const describeNodegroup: RestHandler = (ctx, input) => {
  const nodegroup = findCluster(ctx, input.path.name).nodegroups.get(input.path.nodegroupName);
  if (!nodegroup) throw notFound(`No node group found for name: ${input.path.nodegroupName}.`);
  return { nodegroup: new JsonRaw(nodegroup.wire()) };
};

export const listFargateProfiles: RestHandler = (ctx, input) => {
  const cluster = findCluster(ctx, input.path.name);
  const page = pageOf(ctx, [...cluster.fargateProfiles.keys()], input, cluster.arn);
  return { fargateProfileNames: page.items, nextToken: page.nextToken };
};

export const describeFargateProfile: RestHandler = (ctx, input) => {
  const profile = findCluster(ctx, input.path.name).fargateProfiles.get(input.path.fargateProfileName);
  if (!profile) throw notFound(`No Fargate Profile found with name: ${input.path.fargateProfileName}.`);
  return { fargateProfile: new JsonRaw(profile.wire()) };
};
