import { CORE_SCHEMA, load } from 'js-yaml';
import type { AwsAuthMapping } from '@rolecall/model';

export interface ParsedMappings {
  mappings: AwsAuthMapping[];
  /** Entries (or a whole document) that were not a mapping Rolecall can read. */
  unparsed: number;
}

/**
 * aws-auth's `mapRoles` or `mapUsers`: a YAML (or JSON) list of `{rolearn|userarn, username, groups}`.
 * Plain YAML only (the core schema: no custom tags); an entry without an ARN is counted, not guessed.
 */
export function parseAwsAuthMappings(text: string | undefined, kind: 'role' | 'user'): ParsedMappings {
  if (text === undefined || text.trim() === '') return { mappings: [], unparsed: 0 };
  let document: unknown;
  try {
    document = load(text, { schema: CORE_SCHEMA });
  } catch {
    return { mappings: [], unparsed: 1 };
  }
  if (!Array.isArray(document)) return { mappings: [], unparsed: 1 };
  const arnKey = kind === 'role' ? 'rolearn' : 'userarn';
  const mappings: AwsAuthMapping[] = [];
  let unparsed = 0;
  for (const entry of document) {
    const fields = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
    const arn = fields[arnKey];
    if (typeof arn !== 'string' || arn === '') {
      unparsed++;
      continue;
    }
    const groups = Array.isArray(fields.groups) ? fields.groups.filter((group): group is string => typeof group === 'string') : [];
    const username = typeof fields.username === 'string' ? fields.username : undefined;
    mappings.push({ kind, arn, ...(username === undefined ? {} : { username }), groups });
  }
  return { mappings, unparsed };
}
