/** A JSON Schema 2020-12 node, as the document holds it. */
export type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  prefixItems?: Schema[];
  description?: string;
};

const REF_PREFIX = '#/components/schemas/';

/**
 * The TypeScript type of a schema: the subset zod's JSON Schema output uses (objects, arrays, unions,
 * enums, consts, nullable types, records). Anything else is `unknown`, which is safe, never wrong.
 */
export function typeOf(schema: Schema, indent = ''): string {
  if (schema.$ref?.startsWith(REF_PREFIX)) return `components['schemas'][${JSON.stringify(schema.$ref.slice(REF_PREFIX.length))}]`;
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return union.map((part) => wrap(typeOf(part, indent))).join(' | ');
  if (schema.allOf) return schema.allOf.map((part) => wrap(typeOf(part, indent))).join(' & ');
  if (Array.isArray(schema.type)) return schema.type.map((type) => typeOf({ ...schema, type }, indent)).join(' | ');
  switch (schema.type) {
    case 'string':
      return 'string';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array':
      if (schema.prefixItems) return `[${schema.prefixItems.map((item) => typeOf(item, indent)).join(', ')}]`;
      return `${wrap(schema.items ? typeOf(schema.items, indent) : 'unknown')}[]`;
    case 'object':
      return objectType(schema, indent);
    default:
      return 'unknown';
  }
}

function objectType(schema: Schema, indent: string): string {
  const inner = `${indent}  `;
  const required = new Set(schema.required ?? []);
  const lines = Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const doc = property.description ? `${inner}/** ${property.description.replaceAll('*/', '*\\/')} */\n` : '';
    return `${doc}${inner}${JSON.stringify(name)}${required.has(name) ? '' : '?'}: ${typeOf(property, inner)};`;
  });
  const extra = schema.additionalProperties;
  if (extra !== false && lines.length === 0) return `Record<string, ${extra && extra !== true ? typeOf(extra, indent) : 'unknown'}>`;
  if (extra && extra !== true) lines.push(`${inner}[key: string]: ${typeOf(extra, inner)};`);
  return lines.length === 0 ? 'Record<string, never>' : `{\n${lines.join('\n')}\n${indent}}`;
}

function wrap(type: string): string {
  return /^[\w[\]'".]+$/.test(type) ? type : `(${type})`;
}
