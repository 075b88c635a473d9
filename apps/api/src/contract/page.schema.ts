import { z } from 'zod';

/** A page of a cursor-paginated list: pass nextCursor back as ?cursor= with the same filters; null on the last page. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().meta({ description: 'Pass as ?cursor= (with the same filters) for the next page; null on the last page' }),
  });
}

/** A complete list (no pagination). */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

export const limitParam = z.coerce.number().int().min(1).max(500).default(50).meta({ description: 'Page size' });
export const cursorParam = z.string().max(2048).optional().meta({ description: "The previous page's nextCursor; only valid with the same filters" });
