const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Lookups by a malformed id find nothing, instead of failing the query with a cast error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
