import { z } from 'zod';

/** One page of a keyset-paginated list; `last` is the position to continue after, absent on the last page. */
export interface Page<T, P> {
  items: T[];
  last?: P;
}

export const pageLimitSchema = z.number().int().min(1).max(1000);

/** Fetch `limit + 1` rows, then keep `limit`: the extra row only tells whether another page exists. */
export function toPage<R, T, P>(rows: R[], limit: number, map: (row: R) => T, position: (row: R) => P): Page<T, P> {
  const kept = rows.slice(0, limit);
  const items = kept.map(map);
  const lastRow = kept.at(-1);
  return rows.length > limit && lastRow !== undefined ? { items, last: position(lastRow) } : { items };
}
