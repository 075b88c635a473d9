import { RequestMethod, type INestApplication, type Type } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';
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

/** Every controller route of a running app (extra modules included). */
export function discoverRoutes(app: INestApplication): DiscoveredRoute[] {
  const controllers = [...app.get(ModulesContainer).values()].flatMap((module) => [...module.controllers.values()].map((wrapper) => wrapper.metatype as Type));
  return routesOf(controllers.filter(Boolean));
}

/** The controllers a module and its imports declare, read from their decorators: no provider is created (the client generator's way). */
export function controllersOf(module: Type, seen = new Set<unknown>()): Type[] {
  if (seen.has(module)) return [];
  seen.add(module);
  const controllers = (Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, module) as Type[] | undefined) ?? [];
  const imports = (Reflect.getMetadata(MODULE_METADATA.IMPORTS, module) as unknown[] | undefined) ?? [];
  return [
    ...controllers,
    ...imports.flatMap((imported) => {
      if (typeof imported === 'function') return controllersOf(imported as Type, seen);
      const dynamic = imported as { module?: Type; controllers?: Type[] } | undefined;
      return dynamic?.module ? [...(dynamic.controllers ?? []), ...controllersOf(dynamic.module, seen)] : [];
    }),
  ];
}

/** The routes of these controllers, read from the same metadata Nest routes with. */
export function routesOf(controllers: readonly Type[]): DiscoveredRoute[] {
  const routes: DiscoveredRoute[] = [];
  for (const type of new Set(controllers)) {
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
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

function openApiPath(prefix: string, path: string): string {
  const joined = `/${[prefix, path].map((part) => part.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/')}`;
  return joined.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}
