/** How far Rolecall goes in one cluster's Kubernetes API. */
export interface KubernetesLimits {
  /** Per request: until connected (TLS included), and until the whole answer is read. */
  connectTimeoutMs: number;
  timeoutMs: number;
  /** One answer past this size fails the read (a page, or the aws-auth ConfigMap). */
  maxResponseBytes: number;
  /** `limit` of each LIST page. */
  pageSize: number;
  /** Pages of one LIST; past it the read fails with BudgetExceeded rather than yield a partial list. */
  maxPages: number;
  /** Objects read in one cluster, every read together. */
  maxItems: number;
  /** Attempts of one request answered 429 or 5xx (the API server's priority and fairness sheds load with 429). */
  maxAttempts: number;
  /** Tests only: cluster endpoints on loopback over http (the simulator). */
  allowInsecureLoopback: boolean;
}

export const DEFAULT_KUBERNETES_LIMITS: KubernetesLimits = {
  connectTimeoutMs: 5_000,
  timeoutMs: 20_000,
  maxResponseBytes: 8 * 1024 * 1024,
  pageSize: 500,
  maxPages: 40,
  maxItems: 20_000,
  maxAttempts: 4,
  allowInsecureLoopback: false,
};
