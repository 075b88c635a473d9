/** jsonb parameters go over the wire as JSON text: node-postgres would send a JS array as a PostgreSQL array. */
export function toJsonb(value: unknown): string {
  return JSON.stringify(value);
}
