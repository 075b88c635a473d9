import { z } from 'zod';

const WORKLOAD_TYPES = ['ecs-task', 'ecs-execution', 'irsa', 'pod-identity', 'fargate-pod-execution', 'eks-node', 'ecs-container-instance'] as const;

/** GET /v1/scans/{id}/identities: filters and cursor pagination; unknown parameters are refused. */
export const identitiesQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(50),
    cursor: z.string().max(2048).optional(),
    accountId: z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account id').optional(),
    roleArn: z.string().regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/\S{1,512}$/, 'must be an IAM role ARN').optional(),
    workloadType: z.enum(WORKLOAD_TYPES).optional(),
    cluster: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/, 'must be an EKS cluster name').optional(),
    namespace: z.string().regex(/^[a-z0-9*][a-z0-9.*-]{0,62}$/, 'must be a Kubernetes namespace').optional(),
    adminEquivalent: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
  })
  .strict();
export type IdentitiesQuery = z.infer<typeof identitiesQuerySchema>;
