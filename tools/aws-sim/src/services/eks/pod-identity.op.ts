import { JsonRaw } from '../../wire/json-writer';
import type { RestHandler } from '../service';
import { findCluster, notFound, pageOf } from './eks-common';

/** Association summaries, optionally filtered by namespace and service account. */
export const listPodIdentityAssociations: RestHandler = (ctx, input) => {
  const cluster = findCluster(ctx, input.path.name);
  const namespace = input.query.get('namespace');
  const serviceAccount = input.query.get('serviceAccount');
  const matching = [...cluster.podIdentityAssociations.values()].filter(
    ({ data }) => (!namespace || data.namespace === namespace) && (!serviceAccount || data.serviceAccount === serviceAccount),
  );
  const page = pageOf(ctx, matching, input, [cluster.arn, namespace, serviceAccount]);
  return {
    associations: page.items.map(({ arn, data }) => ({
      clusterName: cluster.data.name,
      namespace: data.namespace,
      serviceAccount: data.serviceAccount,
      associationArn: arn,
      associationId: data.associationId,
      ownerArn: data.ownerArn,
    })),
    nextToken: page.nextToken,
  };
};

export const describePodIdentityAssociation: RestHandler = (ctx, input) => {
  const association = findCluster(ctx, input.path.name).podIdentityAssociations.get(input.path.associationId);
  if (!association) throw notFound(`No Pod Identity Association found with id: ${input.path.associationId}.`);
  return { association: new JsonRaw(association.wire()) };
};
