import {
  CLUSTER_SCOPE,
  IRSA_ROLE_ANNOTATION,
  kubernetesObjectId,
  type AwsAuthConfigMap,
  type ClusterRoleBinding,
  type KubernetesContainer,
  type KubernetesPod,
  type KubernetesServiceAccount,
} from '@rolecall/model';
import { parseAwsAuthMappings } from './aws-auth.parser';

/** Where the objects were read: the cluster, its account and region. */
export interface ClusterPlace {
  clusterArn: string;
  accountId: string;
  region: string;
}

// The API's JSON is read field by field: a missing or mistyped field is absent, never a default that
// would read as "hardened" or "not privileged" where the cluster said nothing.
type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {});
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const bool = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);
const int = (value: unknown): number | undefined => (Number.isInteger(value) ? (value as number) : undefined);

function base(place: ClusterPlace, namespace: string | undefined, kind: string, name: string) {
  return { id: kubernetesObjectId(place.clusterArn, namespace, kind, name), clusterArn: place.clusterArn, accountId: place.accountId, region: place.region, name };
}

/** Objects without a name (or a namespace, for namespaced kinds) cannot be named by a finding: skipped. */
function named(raw: unknown, namespaced: boolean): { meta: Json; name: string; namespace?: string } | undefined {
  const meta = obj(obj(raw).metadata);
  const name = str(meta.name);
  const namespace = str(meta.namespace);
  if (!name || (namespaced && !namespace)) return undefined;
  return { meta, name, namespace };
}

export function serviceAccountFrom(raw: unknown, place: ClusterPlace): KubernetesServiceAccount | undefined {
  const found = named(raw, true);
  if (!found) return undefined;
  const roleArn = str(obj(found.meta.annotations)[IRSA_ROLE_ANNOTATION])?.trim();
  const automount = bool(obj(raw).automountServiceAccountToken);
  return {
    ...base(place, found.namespace, 'ServiceAccount', found.name),
    namespace: found.namespace!,
    ...(roleArn ? { roleArn } : {}),
    ...(automount === undefined ? {} : { automountServiceAccountToken: automount }),
  };
}

function containerFrom(raw: unknown, init: boolean): KubernetesContainer {
  const container = obj(raw);
  const context = obj(container.securityContext);
  const optional = {
    privileged: bool(context.privileged),
    allowPrivilegeEscalation: bool(context.allowPrivilegeEscalation),
    runAsNonRoot: bool(context.runAsNonRoot),
    runAsUser: int(context.runAsUser),
    readOnlyRootFilesystem: bool(context.readOnlyRootFilesystem),
  };
  return {
    name: str(container.name) ?? '',
    init,
    ...definedOnly(optional),
    capabilitiesAdd: arr(obj(context.capabilities).add).flatMap((cap) => str(cap) ?? []),
  };
}

export function podFrom(raw: unknown, place: ClusterPlace): KubernetesPod | undefined {
  const found = named(raw, true);
  if (!found) return undefined;
  const spec = obj(obj(raw).spec);
  const context = obj(spec.securityContext);
  const owner = obj(arr(found.meta.ownerReferences)[0]);
  const ownerName = str(owner.kind) && str(owner.name) ? `${str(owner.kind)}/${str(owner.name)}` : undefined;
  return {
    ...base(place, found.namespace, 'Pod', found.name),
    namespace: found.namespace!,
    // The API fills in "default" when the spec names none.
    serviceAccountName: str(spec.serviceAccountName) ?? 'default',
    ...(ownerName ? { owner: ownerName } : {}),
    hostNetwork: spec.hostNetwork === true,
    hostPID: spec.hostPID === true,
    hostIPC: spec.hostIPC === true,
    ...definedOnly({ automountServiceAccountToken: bool(spec.automountServiceAccountToken), runAsNonRoot: bool(context.runAsNonRoot), runAsUser: int(context.runAsUser) }),
    hostPathVolumes: arr(spec.volumes).flatMap((volume) => {
      const path = str(obj(obj(volume).hostPath).path);
      return path === undefined ? [] : [{ name: str(obj(volume).name) ?? '', path }];
    }),
    containers: [...arr(spec.initContainers).map((c) => containerFrom(c, true)), ...arr(spec.containers).map((c) => containerFrom(c, false))],
  };
}

export function awsAuthFrom(raw: unknown, place: ClusterPlace): AwsAuthConfigMap {
  const data = obj(obj(raw).data);
  const roles = parseAwsAuthMappings(str(data.mapRoles), 'role');
  const users = parseAwsAuthMappings(str(data.mapUsers), 'user');
  return {
    ...base(place, 'kube-system', 'ConfigMap', 'aws-auth'),
    mappings: [...roles.mappings, ...users.mappings],
    unparsedEntries: roles.unparsed + users.unparsed,
  };
}

export function clusterRoleBindingFrom(raw: unknown, place: ClusterPlace): ClusterRoleBinding | undefined {
  const found = named(raw, false);
  if (!found) return undefined;
  const roleRef = obj(obj(raw).roleRef);
  return {
    ...base(place, CLUSTER_SCOPE, 'ClusterRoleBinding', found.name),
    roleRef: { kind: str(roleRef.kind) ?? '', name: str(roleRef.name) ?? '' },
    subjects: arr(obj(raw).subjects).flatMap((subject) => {
      const { kind, name, namespace } = obj(subject);
      if (!str(kind) || !str(name)) return [];
      return [{ kind: str(kind)!, name: str(name)!, ...(str(namespace) ? { namespace: str(namespace) } : {}) }];
    }),
  };
}

function definedOnly<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
