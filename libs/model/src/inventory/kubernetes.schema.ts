import { z } from 'zod';

/**
 * Objects read from a cluster's Kubernetes API, normalized to what the rules look at. Each carries its
 * cluster's ARN and its own id `k8s://<cluster arn>/<namespace>/<kind>/<name>` (namespace `_cluster`
 * for cluster-scoped objects), so a finding can name it and a gap on the cluster can cover it.
 */
const kubernetesObjectSchema = z.object({
  id: z.string().startsWith('k8s://'),
  clusterArn: z.string().min(1),
  accountId: z.string().regex(/^\d{12}$/),
  region: z.string().min(1),
  name: z.string().min(1),
});

/** The IRSA annotation: the role a service account's pods get web-identity credentials for. */
export const IRSA_ROLE_ANNOTATION = 'eks.amazonaws.com/role-arn';

export const kubernetesServiceAccountSchema = kubernetesObjectSchema.extend({
  namespace: z.string().min(1),
  /** The `eks.amazonaws.com/role-arn` annotation, when present. */
  roleArn: z.string().optional(),
  automountServiceAccountToken: z.boolean().optional(),
});
export type KubernetesServiceAccount = z.infer<typeof kubernetesServiceAccountSchema>;

export const kubernetesContainerSchema = z.object({
  name: z.string(),
  /** `init` containers run before the others with the same privileges. */
  init: z.boolean(),
  privileged: z.boolean().optional(),
  allowPrivilegeEscalation: z.boolean().optional(),
  runAsNonRoot: z.boolean().optional(),
  runAsUser: z.number().int().optional(),
  readOnlyRootFilesystem: z.boolean().optional(),
  capabilitiesAdd: z.array(z.string()),
});
export type KubernetesContainer = z.infer<typeof kubernetesContainerSchema>;

export const kubernetesPodSchema = kubernetesObjectSchema.extend({
  namespace: z.string().min(1),
  serviceAccountName: z.string(),
  /** The controller that made the pod (`ReplicaSet/web-7d9f`), when it has one. */
  owner: z.string().optional(),
  hostNetwork: z.boolean(),
  hostPID: z.boolean(),
  hostIPC: z.boolean(),
  automountServiceAccountToken: z.boolean().optional(),
  /** Pod-level security context: the containers' defaults. */
  runAsNonRoot: z.boolean().optional(),
  runAsUser: z.number().int().optional(),
  hostPathVolumes: z.array(z.object({ name: z.string(), path: z.string() })),
  containers: z.array(kubernetesContainerSchema),
});
export type KubernetesPod = z.infer<typeof kubernetesPodSchema>;

/** One entry of aws-auth's mapRoles or mapUsers. */
export const awsAuthMappingSchema = z.object({
  kind: z.enum(['role', 'user']),
  arn: z.string(),
  username: z.string().optional(),
  groups: z.array(z.string()),
});
export type AwsAuthMapping = z.infer<typeof awsAuthMappingSchema>;

/** kube-system/aws-auth. Entries that could not be parsed are counted, not guessed at. */
export const awsAuthConfigMapSchema = kubernetesObjectSchema.extend({
  mappings: z.array(awsAuthMappingSchema),
  unparsedEntries: z.number().int().min(0),
});
export type AwsAuthConfigMap = z.infer<typeof awsAuthConfigMapSchema>;

export const kubernetesSubjectSchema = z.object({
  kind: z.string(),
  name: z.string(),
  namespace: z.string().optional(),
});
export type KubernetesSubject = z.infer<typeof kubernetesSubjectSchema>;

export const clusterRoleBindingSchema = kubernetesObjectSchema.extend({
  roleRef: z.object({ kind: z.string(), name: z.string() }),
  subjects: z.array(kubernetesSubjectSchema),
});
export type ClusterRoleBinding = z.infer<typeof clusterRoleBindingSchema>;

/** The Kubernetes id of an object: `k8s://<cluster arn>/<namespace>/<kind>/<name>`. */
export function kubernetesObjectId(clusterArn: string, namespace: string | undefined, kind: string, name: string): string {
  return `k8s://${clusterArn}/${namespace ?? CLUSTER_SCOPE}/${kind}/${name}`;
}

/** The namespace segment of cluster-scoped objects' ids. */
export const CLUSTER_SCOPE = '_cluster';
