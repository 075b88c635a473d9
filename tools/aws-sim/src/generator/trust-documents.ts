import type { PolicyDocument, PolicyStatement } from '../world/common.schema';

const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });

export function serviceTrust(service: string): PolicyDocument {
  return doc({ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' });
}

/** ecs-tasks trust, with the confused-deputy conditions when `guarded`. */
export function ecsTasksTrust(account: string, region: string, guarded: boolean): PolicyDocument {
  return doc({
    Effect: 'Allow',
    Principal: { Service: 'ecs-tasks.amazonaws.com' },
    Action: 'sts:AssumeRole',
    ...(guarded && { Condition: { StringEquals: { 'aws:SourceAccount': account }, ArnLike: { 'aws:SourceArn': `arn:aws:ecs:${region}:${account}:*` } } }),
  });
}

export type IrsaKind = 'scoped' | 'no-sub' | 'wildcard-sub';

/** IRSA trust on an EKS OIDC provider: bound to one service account, aud only, or a wildcard sub. */
export function irsaTrust(account: string, issuerHost: string, kind: IrsaKind, namespace: string, serviceAccount: string): PolicyDocument {
  const aud = { [`${issuerHost}:aud`]: 'sts.amazonaws.com' };
  const sub = `${issuerHost}:sub`;
  const Condition: PolicyStatement['Condition'] =
    kind === 'scoped'
      ? { StringEquals: { ...aud, [sub]: `system:serviceaccount:${namespace}:${serviceAccount}` } }
      : kind === 'wildcard-sub'
        ? { StringEquals: aud, StringLike: { [sub]: `system:serviceaccount:${namespace}:*` } }
        : { StringEquals: aud };
  return doc({ Effect: 'Allow', Principal: { Federated: `arn:aws:iam::${account}:oidc-provider/${issuerHost}` }, Action: 'sts:AssumeRoleWithWebIdentity', Condition });
}

/** EKS Pod Identity trust; `scoped` adds source account, cluster and namespace/service account tag conditions. */
export function podIdentityTrust(account: string, clusterArn: string, scoped: boolean, namespace: string, serviceAccount: string): PolicyDocument {
  return doc({
    Effect: 'Allow',
    Principal: { Service: 'pods.eks.amazonaws.com' },
    Action: ['sts:AssumeRole', 'sts:TagSession'],
    ...(scoped && {
      Condition: {
        StringEquals: { 'aws:SourceAccount': account, 'aws:RequestTag/kubernetes-namespace': namespace, 'aws:RequestTag/kubernetes-service-account': serviceAccount },
        ArnEquals: { 'aws:SourceArn': clusterArn },
      },
    }),
  });
}

/** Trust of another account's root, with or without sts:ExternalId. */
export function accountTrust(trustedAccount: string, externalId?: string): PolicyDocument {
  return doc({
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${trustedAccount}:root` },
    Action: 'sts:AssumeRole',
    ...(externalId && { Condition: { StringEquals: { 'sts:ExternalId': externalId } } }),
  });
}

/** The audit role's trust: the scanner principal, with an ExternalId. */
export function scannerTrust(scannerArn: string, externalId: string): PolicyDocument {
  return doc({ Effect: 'Allow', Principal: { AWS: scannerArn }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': externalId } } });
}

export function allow(actions: string | string[], resource: string | string[] = '*'): PolicyDocument {
  return doc({ Effect: 'Allow', Action: actions, Resource: resource });
}
