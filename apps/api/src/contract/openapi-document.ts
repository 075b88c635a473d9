import { z } from 'zod';
import { ERROR_DESCRIPTIONS, errorSchema } from './error.schema';
import type { DiscoveredRoute } from './route-discovery';
import type { Content, RouteSpec } from './route-contract';
import { jsonSchema, parametersOf, type JsonSchema } from './json-schema';

export type OpenApiDocument = {
  openapi: '3.1.0';
  info: Record<string, string>;
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, unknown> };
  tags: { name: string }[];
};

const API_TOKEN_SCHEME = {
  type: 'http',
  scheme: 'bearer',
  bearerFormat: 'opaque',
  description: 'A Rolecall API token (rc_...), sent as Authorization: Bearer <token>',
};
const METRICS_TOKEN_SCHEME = { type: 'http', scheme: 'bearer', description: 'ROLECALL_METRICS_TOKEN, when set' };
const RETRY_AFTER = { 'Retry-After': { description: 'Seconds until a request may succeed', schema: { type: 'integer' } } };

/**
 * The OpenAPI 3.1 document, made only from the routes' contracts (zod schemas as JSON Schema 2020-12)
 * and Nest's routing metadata. A route without a contract is an error: nothing is served undocumented.
 */
export function buildOpenApiDocument(routes: readonly DiscoveredRoute[], version: string): OpenApiDocument {
  const undocumented = routes.filter((candidate) => !candidate.contract).map((candidate) => `${candidate.method.toUpperCase()} ${candidate.path} (${candidate.handler})`);
  if (undocumented.length > 0) throw new Error(`routes without a contract: ${undocumented.join(', ')}`);

  const components = new NamedSchemas();
  components.add('Error', errorSchema, 'output');
  const paths: OpenApiDocument['paths'] = {};
  for (const { method, path, successStatus, contract } of routes) {
    paths[path] ??= {};
    paths[path][method] = operation(contract as RouteSpec, path, successStatus, components);
  }
  const tags = [...new Set(routes.map((candidate) => (candidate.contract as RouteSpec).tag))].sort().map((name) => ({ name }));
  return {
    openapi: '3.1.0',
    info: { title: 'Rolecall', version, description: 'Audits how identity is wired into ECS and EKS containers across an AWS Organization' },
    paths,
    components: { schemas: components.schemas, securitySchemes: { bearer: API_TOKEN_SCHEME, metricsToken: METRICS_TOKEN_SCHEME } },
    tags,
  };
}

function operation(contract: RouteSpec, path: string, successStatus: number, components: NamedSchemas) {
  const pathNames = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
  const declared = Object.keys(contract.params ?? {});
  if (pathNames.join() !== declared.join()) throw new Error(`${contract.operationId}: path ${path} has parameters [${pathNames}] but the contract declares [${declared}]`);

  const query = contract.query;
  const parameters = [...parametersOf(contract.params ? z.object(contract.params) : undefined, 'path'), ...parametersOf(query, 'query')];
  const validates = parameters.length > 0 || contract.body !== undefined;
  const errors = new Set<number>([...(validates ? [400] : []), ...(contract.scope === 'public' ? [] : [401, 403, 429]), ...(contract.body ? [413] : []), ...(contract.errors ?? [])]);

  const responses: Record<string, unknown> = {
    [successStatus]: {
      description: contract.success?.description ?? 'Done; no content',
      ...(contract.success?.headers && { headers: Object.fromEntries(Object.entries(contract.success.headers).map(([name, description]) => [name, { description, schema: { type: 'string' } }])) }),
      ...(contract.success && { content: components.content(contract.success.content) }),
    },
  };
  for (const [status, other] of Object.entries(contract.otherResponses ?? {})) responses[status] = { description: other.description, content: components.content(other.content) };
  for (const status of [...errors].sort()) {
    responses[status] = {
      description: ERROR_DESCRIPTIONS[status],
      ...(status === 429 && { headers: RETRY_AFTER }),
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }

  return {
    operationId: contract.operationId,
    summary: contract.summary,
    ...(contract.description && { description: contract.description }),
    tags: [contract.tag],
    security: security(contract),
    ...(contract.scope !== 'public' && { 'x-required-scope': contract.scope }),
    ...(parameters.length > 0 && { parameters }),
    ...(contract.body && {
      requestBody: {
        required: true,
        content: components.content([{ mediaType: 'application/json', schema: contract.body, name: `${capitalize(contract.operationId)}Request`, example: contract.bodyExample }], 'input'),
      },
    }),
    responses,
  };
}

/** OpenAPI 3.1 lets a bearer requirement list the roles it needs: here, the token scope (admin carries every scope). */
function security(contract: RouteSpec) {
  if (contract.metricsToken) return [{}, { metricsToken: [] }];
  if (contract.scope === 'public') return [];
  return [{ bearer: [contract.scope] }];
}

/** components.schemas, each name given to exactly one zod schema. */
class NamedSchemas {
  readonly schemas: Record<string, JsonSchema> = {};
  private readonly owners = new Map<string, unknown>();

  add(name: string, schema: Content['schema'], io: 'input' | 'output'): string {
    const owner = this.owners.get(name);
    if (owner !== undefined && owner !== schema) throw new Error(`two different schemas are named ${name}`);
    if (owner === undefined) {
      this.owners.set(name, schema);
      this.schemas[name] = schema instanceof z.ZodType ? jsonSchema(schema, io) : schema;
    }
    return `#/components/schemas/${name}`;
  }

  content(list: readonly Content[], io: 'input' | 'output' = 'output') {
    return Object.fromEntries(
      list.map((item) => {
        const schema = item.name ? { $ref: this.add(item.name, item.schema, io) } : item.schema instanceof z.ZodType ? jsonSchema(item.schema, io) : item.schema;
        return [item.mediaType, { schema, ...(item.example !== undefined && { example: item.example }) }];
      }),
    );
  }
}

function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
