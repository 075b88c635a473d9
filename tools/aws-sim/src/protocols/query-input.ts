import { serviceError } from './error-catalog';

export interface Filter {
  Name: string;
  Values: string[];
}

/** Parameters of an awsQuery / ec2Query request (form-encoded), with the list and filter encodings both protocols use. */
export class QueryInput {
  constructor(
    readonly params: URLSearchParams,
    private readonly service: string,
  ) {}

  string(name: string): string | undefined {
    return this.params.get(name) ?? undefined;
  }

  required(name: string): string {
    const value = this.params.get(name);
    if (!value) throw serviceError(this.service, 'validation', `1 validation error detected: Value null at '${name}' failed to satisfy constraint: Member must not be null`);
    return value;
  }

  int(name: string): number | undefined {
    const value = this.params.get(name);
    if (value === null) return undefined;
    if (!/^-?\d+$/.test(value)) throw serviceError(this.service, 'validation', `Invalid value '${value}' for ${name}`);
    return Number(value);
  }

  bool(name: string): boolean | undefined {
    const value = this.params.get(name);
    return value === null ? undefined : value === 'true';
  }

  /** A list sent as Name.member.1, Name.member.2 (awsQuery) or Name.1, Name.2 (ec2Query). */
  list(name: string): string[] {
    return this.indexed(new RegExp(`^${escape(name)}\\.(?:member\\.)?(\\d+)$`)).map(([, value]) => value);
  }

  /** Filters sent as Filter.1.Name / Filter.1.Value.1 (ec2Query) or Filters.member.1.Name / Filters.member.1.Values.member.1 (awsQuery). */
  filters(): Filter[] {
    const names = this.indexed(/^Filters?\.(?:member\.)?(\d+)\.Name$/);
    return names.map(([index, name]) => ({
      Name: name,
      Values: this.indexed(new RegExp(`^Filters?\\.(?:member\\.)?${index}\\.Values?\\.(?:member\\.)?(\\d+)$`)).map(([, value]) => value),
    }));
  }

  /** [index, value] pairs whose key matches (first group = index), in index order. */
  private indexed(pattern: RegExp): [number, string][] {
    const found: [number, string][] = [];
    for (const [key, value] of this.params) {
      const match = pattern.exec(key);
      if (match) found.push([Number(match[1]), value]);
    }
    return found.sort((a, b) => a[0] - b[0]);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
