import { typeOf, type Schema } from './schema-to-type';

type Parameter = { name: string; in: string; required: boolean; schema: Schema };
type Operation = {
  operationId: string;
  summary?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};
export type OpenApiInput = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

const HEADER = '// Generated from the OpenAPI document by `npm run client:generate`; do not edit.\n';

/**
 * TypeScript for a typed client: `components` (every named schema), `operations` (per operationId: its
 * parameters, request body and responses by status and media type) and `OPERATIONS` (method and path,
 * the only runtime part).
 */
export function openApiToTypeScript(document: OpenApiInput): string {
  const schemas = Object.entries(document.components.schemas).map(([name, schema]) => `    ${JSON.stringify(name)}: ${typeOf(schema, '    ')};`);
  const operations: string[] = [];
  const table: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      table.push(`  ${operation.operationId}: { method: '${method.toUpperCase()}', path: '${path}' },`);
      operations.push(operationType(operation));
    }
  }
  return `${HEADER}
export interface components {
  schemas: {
${schemas.join('\n')}
  };
}

export interface operations {
${operations.join('\n')}
}

export const OPERATIONS = {
${table.join('\n')}
} as const;
`;
}

function operationType(operation: Operation): string {
  const indent = '      ';
  const parameters = (location: string) => {
    const list = (operation.parameters ?? []).filter((parameter) => parameter.in === location);
    if (list.length === 0) return 'never';
    return `{ ${list.map((parameter) => `${parameter.name}${parameter.required ? '' : '?'}: ${typeOf(parameter.schema, indent)}`).join('; ')} }`;
  };
  const body = operation.requestBody?.content['application/json'];
  const responses = Object.entries(operation.responses).map(([status, response]) => {
    const content = Object.entries(response.content ?? {}).map(([mediaType, media]) => `${JSON.stringify(mediaType)}: ${typeOf(media.schema, indent)}`);
    return `      ${status}: ${content.length === 0 ? 'never' : `{ ${content.join('; ')} }`};`;
  });
  return `  /** ${operation.summary ?? operation.operationId} */
  ${operation.operationId}: {
    path: ${parameters('path')};
    query: ${parameters('query')};
    body: ${body ? typeOf(body.schema, indent) : 'never'};
    responses: {
${responses.join('\n')}
    };
  };`;
}
