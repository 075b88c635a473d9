import type { RestJsonService, RestRoute } from '../services/service';
import { toJson, type JsonValue } from '../wire/json-writer';
import type { SimError } from './sim-error';
import type { SimResponse } from './sim-response';

interface CompiledRoute {
  route: RestRoute;
  pattern: RegExp;
  names: string[];
}

const compiled = new WeakMap<RestJsonService, CompiledRoute[]>();

function compile(service: RestJsonService): CompiledRoute[] {
  let routes = compiled.get(service);
  if (!routes) {
    routes = service.routes.map((route) => {
      const names: string[] = [];
      const body = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      return { route, pattern: new RegExp(`^${body}/?$`), names };
    });
    compiled.set(service, routes);
  }
  return routes;
}

/** The route for a method and path, with its decoded path parameters. */
export function matchRoute(service: RestJsonService, method: string, path: string): { route: RestRoute; params: Record<string, string> } | undefined {
  for (const { route, pattern, names } of compile(service)) {
    if (route.method !== method) continue;
    const match = pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1])));
    return { route, params };
  }
  return undefined;
}

export function restJsonResult(result: JsonValue, requestId: string): SimResponse {
  return { status: 200, headers: { 'content-type': 'application/json', 'x-amzn-requestid': requestId }, body: toJson(result) };
}

/** The code goes in x-amzn-ErrorType; the body carries the message. */
export function restJsonError(error: SimError, requestId: string): SimResponse {
  return {
    status: error.status,
    headers: { 'content-type': 'application/json', 'x-amzn-requestid': requestId, 'x-amzn-errortype': error.code },
    body: JSON.stringify({ message: error.message }),
  };
}
