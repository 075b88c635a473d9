import { RequestMethod, type INestApplication } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { ROUTE_CONTRACT, type RouteSpec } from './route-contract';

/** A route the app serves, as Nest's decorators declare it, with the contract its handler carries. */
export interface DiscoveredRoute {
  method: string;
  /** OpenAPI style: /v1/scans/{id}. */
  path: string;
  successStatus: number;
  handler: string;
  contract: RouteSpec | undefined;
}

/** Every controller route of the app, read from the same metadata Nest routes with. */
export function discoverRoutes(app: INestApplication): DiscoveredRoute[] {
  const routes: DiscoveredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!type) continue;
      const prefix = String(Reflect.getMetadata(PATH_METADATA, type) ?? '');
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const handler = (type.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (requestMethod === undefined || path === undefined) continue;
        const method = RequestMethod[requestMethod].toLowerCase();
        routes.push({
          method,
          path: openApiPath(prefix, path),
          successStatus: (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ?? (method === 'post' ? 201 : 200),
          handler: `${type.name}.${name}`,
          contract: Reflect.getMetadata(ROUTE_CONTRACT, handler) as RouteSpec | undefined,
        });
      }
    }
  }
  return routes;
}

function openApiPath(prefix: string, path: string): string {
  const joined = `/${[prefix, path].map((part) => part.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/')}`;
  return joined.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}
