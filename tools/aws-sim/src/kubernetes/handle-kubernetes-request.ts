import type { SimResponse } from '../protocols/sim-response';
import type { RawRequest } from '../server/raw-request';
import type { SimulatorState } from '../server/simulator-state';
import type { WorldKubernetes, WorldKubernetesObject } from '../world/kubernetes.schema';
import { clusterAccessOf } from './cluster-access';
import { verifyEksToken } from './eks-token.verifier';
import { parseKubernetesRoute, SERVED_READS } from './kubernetes-paths';

const MAX_PAGE = 500;

/**
 * One request to a simulated cluster's Kubernetes API: the EKS token, the caller's access, faults, then
 * a GET or a paged LIST. Counted as service `k8s` with the operation names of Rolecall's table.
 */
export async function handleKubernetesRequest(state: SimulatorState, request: RawRequest): Promise<SimResponse> {
  const route = parseKubernetesRoute(request.path);
  const read = route && SERVED_READS[route.apiPath];
  const operation = read?.operation ?? 'Unknown';
  const account = route?.accountId ?? 'unknown';
  const region = route?.region ?? 'unknown';
  const answer = (response: SimResponse, code: string) => {
    state.calls.record('k8s', operation, account, region, code);
    return response;
  };
  const cluster = route && state.index.findAccount(route.accountId)?.region(route.region).eks().clusters.get(route.clusterName)?.data;
  if (!route || !cluster || !read || request.method !== 'GET') return answer(status(404, 'NotFound', 'the server could not find the requested resource'), 'NotFound');
  const caller = verifyEksToken(state, header(request.headers.authorization), cluster.name);
  if (!caller) return answer(status(401, 'Unauthorized', 'Unauthorized'), 'Unauthorized');
  const access = clusterAccessOf(cluster, caller);
  if (access === 'unknown') return answer(status(401, 'Unauthorized', 'Unauthorized'), 'Unauthorized');
  if (access === 'forbidden') return answer(forbidden(caller.arn, route.apiPath), 'Forbidden');
  const decision = state.faults.decide({ service: 'k8s', operation, account, region });
  if (decision.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, decision.delayMs));
  if (decision.error === 'accessDenied') return answer(forbidden(caller.arn, route.apiPath), 'Forbidden');
  if (decision.error === 'throttle') return answer(status(429, 'TooManyRequests', 'too many requests'), 'TooManyRequests');
  if (decision.error === 'unsupported' || decision.error === 'notFoundHtml') return answer(html(404), 'Http404');
  if (decision.error) return answer(html(decision.error === 'notImplementedHtml' ? 501 : 503), 'Http5xx');
  const objects = cluster.kubernetes ?? { serviceAccounts: [], pods: [], clusterRoleBindings: [] };
  if (!read.list) {
    return objects.awsAuth ? answer(json(200, { kind: 'ConfigMap', apiVersion: 'v1', ...objects.awsAuth }), 'ok') : answer(status(404, 'NotFound', 'configmaps "aws-auth" not found', { name: 'aws-auth', kind: 'configmaps' }), 'ok');
  }
  return answer(json(200, listPage(listed(objects, operation), request.query)), 'ok');
}

function listed(objects: Partial<WorldKubernetes>, operation: string): WorldKubernetesObject[] {
  if (operation === 'ListServiceAccounts') return objects.serviceAccounts ?? [];
  if (operation === 'ListPods') return objects.pods ?? [];
  return objects.clusterRoleBindings ?? [];
}

/** `limit` and `continue` as the API server pages: the token is opaque to clients (here, an offset). */
function listPage(items: WorldKubernetesObject[], query: URLSearchParams): object {
  const limit = Math.min(Math.max(Number(query.get('limit')) || MAX_PAGE, 1), MAX_PAGE);
  const start = query.get('continue') ? Number(Buffer.from(query.get('continue') ?? '', 'base64url').toString()) || 0 : 0;
  const end = start + limit;
  const next = end < items.length ? Buffer.from(String(end)).toString('base64url') : undefined;
  return { kind: 'List', apiVersion: 'v1', metadata: { resourceVersion: '1', ...(next ? { continue: next } : {}) }, items: items.slice(start, end) };
}

function status(code: number, reason: string, message: string, details?: object): SimResponse {
  return json(code, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code, ...(details ? { details } : {}) });
}

function forbidden(user: string, path: string): SimResponse {
  return status(403, 'Forbidden', `User "${user}" cannot get path "${path}"`);
}

function json(code: number, body: object): SimResponse {
  return { status: code, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

function html(code: number): SimResponse {
  return { status: code, headers: { 'content-type': 'text/html' }, body: `<html><body><h1>${code}</h1></body></html>` };
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
