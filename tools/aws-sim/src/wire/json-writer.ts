/** Already-rendered JSON to splice into a response (used to cache each resource's JSON once). */
export class JsonRaw {
  constructor(readonly json: string) {}
}

export type JsonValue = string | number | boolean | null | undefined | JsonRaw | JsonValue[] | { [key: string]: JsonValue };

/** JSON.stringify that splices JsonRaw fragments in and drops undefined members. */
export function toJson(value: JsonValue): string {
  if (value === undefined || value === null) return 'null';
  if (value instanceof JsonRaw) return value.json;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (typeof value === 'object') {
    const parts: string[] = [];
    for (const key in value) {
      const member = value[key];
      if (member !== undefined) parts.push(`${JSON.stringify(key)}:${toJson(member)}`);
    }
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(value);
}
