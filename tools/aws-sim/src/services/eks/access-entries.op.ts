import { JsonRaw } from '../../wire/json-writer';
import { toWireJson } from '../../wire/json-timestamps';
import type { RestHandler } from '../service';
import { findCluster, notFound, pageOf } from './eks-common';

/** Principal ARNs with an access entry, optionally only those associated with a given access policy. */
export const listAccessEntries: RestHandler = (ctx, input) => {
  const cluster = findCluster(ctx, input.path.name);
  const policy = input.query.get('associatedPolicyArn');
  const matching = [...cluster.accessEntries.values()]
    .filter(({ data }) => !policy || data.accessPolicies.some((p) => p.policyArn === policy))
    .map(({ data }) => data.principalArn);
  const page = pageOf(ctx, matching, input, [cluster.arn, policy]);
  return { accessEntries: page.items, nextToken: page.nextToken };
};

function findEntry(input: Parameters<RestHandler>[1], ctx: Parameters<RestHandler>[0]) {
  const cluster = findCluster(ctx, input.path.name);
  const entry = cluster.accessEntries.get(input.path.principalArn);
  if (!entry) throw notFound(`The specified principalArn could not be found. You can view your available access entries with 'list-access-entries'.`);
  return { cluster, entry };
}

export const describeAccessEntry: RestHandler = (ctx, input) => ({ accessEntry: new JsonRaw(findEntry(input, ctx).entry.wire()) });

export const listAssociatedAccessPolicies: RestHandler = (ctx, input) => {
  const { cluster, entry } = findEntry(input, ctx);
  const page = pageOf(ctx, entry.data.accessPolicies, input, [cluster.arn, entry.data.principalArn]);
  return {
    clusterName: cluster.data.name,
    principalArn: entry.data.principalArn,
    associatedAccessPolicies: page.items.map((policy) => toWireJson(policy) as Record<string, string | number>),
    nextToken: page.nextToken,
  };
};
