import type { z } from 'zod';
import type { Content } from './route-contract';

/** A JSON response or request body, named in components.schemas (and so in the generated client). */
export function json(schema: z.ZodType, name?: string, example?: unknown): Content {
  return { mediaType: 'application/json', schema, name, example };
}

