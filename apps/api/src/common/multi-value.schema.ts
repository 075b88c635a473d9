import { z } from 'zod';

/**
 * A query filter that takes several values, comma-separated (`?severity=high,critical`) or repeated
 * (`?severity=high&severity=critical`, which Express hands over as an array). The values come back
 * sorted and without duplicates, so two spellings of the same filter give the same cursor scope.
 */
export function multiValueSchema<const T extends readonly [string, ...string[]]>(values: T) {
  const allowed = z.enum(values, { error: () => `must be one or more of ${values.join(', ')}, comma-separated or repeated` });
  return z.preprocess(
    (raw) => (typeof raw === 'string' || Array.isArray(raw) ? [raw].flat().flatMap((part) => String(part).split(',')).map((part) => part.trim()) : raw),
    z
      .array(allowed)
      .min(1)
      .transform((list) => [...new Set(list)].sort((a, b) => values.indexOf(a) - values.indexOf(b))),
  );
}
