import { z } from 'zod';

/**
 * A Kubernetes object as the API serves it. Only the metadata the simulator pages and finds by is checked;
 * the rest is served as written, so a world can hold what a real cluster holds (odd fields included).
 */
const kubernetesObjectSchema = z.looseObject({
  metadata: z.looseObject({ name: z.string().min(1), namespace: z.string().min(1).optional() }),
});
export type WorldKubernetesObject = z.infer<typeof kubernetesObjectSchema>;

/** What a simulated EKS cluster's Kubernetes API holds. ConfigMaps: only kube-system/aws-auth is served. */
export const kubernetesSchema = z.strictObject({
  serviceAccounts: z.array(kubernetesObjectSchema).default([]),
  pods: z.array(kubernetesObjectSchema).default([]),
  awsAuth: kubernetesObjectSchema.optional(),
  clusterRoleBindings: z.array(kubernetesObjectSchema).default([]),
});
export type WorldKubernetes = z.infer<typeof kubernetesSchema>;
