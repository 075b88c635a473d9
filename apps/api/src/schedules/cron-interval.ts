/**
 * The shortest time between two firings of a cron expression, in seconds, read from its seconds
 * and minute fields (5 fields: minute first; 6: seconds first). Conservative: two minutes of the
 * field that are adjacent across an hour boundary count as adjacent when the hour field allows two
 * consecutive hours. Undefined when a field cannot be read (BullMQ's parser then refuses it).
 */
export function shortestCronGapSeconds(cron: string): number | undefined {
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5 && fields.length !== 6) return undefined;
  const [secondField, minuteField, hourField] = fields.length === 6 ? fields : ['0', ...fields];
  const seconds = expand(secondField, 0, 59);
  const minutes = expand(minuteField, 0, 59);
  const hours = expand(hourField, 0, 23);
  if (!seconds || !minutes) return undefined;
  if (seconds.length > 1) return smallestGap(seconds, 60);
  if (minutes.length === 1) return 3600;
  const wraps = !hours || hours.length === 24 || hours.some((hour) => hours.includes((hour + 1) % 24));
  return 60 * smallestGap(minutes, wraps ? 60 : undefined);
}

/** Smallest difference between consecutive values (sorted), and across the wrap when a period is given. */
function smallestGap(values: number[], period: number | undefined): number {
  let gap = period === undefined ? Infinity : period - values[values.length - 1] + values[0];
  for (let index = 1; index < values.length; index++) gap = Math.min(gap, values[index] - values[index - 1]);
  return gap;
}

/** The sorted values a numeric cron field allows: `*`, `?`, `n`, `a-b`, any with `/step`, comma lists. */
function expand(field: string, min: number, max: number): number[] | undefined {
  const values = new Set<number>();
  for (const part of field.split(',')) {
    const match = /^(\*|\?|\d+(?:-\d+)?)(?:\/(\d+))?$/.exec(part);
    if (!match) return undefined;
    const [, range, stepText] = match;
    const step = stepText === undefined ? 1 : Number(stepText);
    const [from, upTo] = range === '*' || range === '?' ? [min, max] : range.split('-').map(Number);
    const to = upTo ?? (stepText === undefined ? from : max);
    if (step < 1 || from < min || to > max || from > to) return undefined;
    for (let value = from; value <= to; value += step) values.add(value);
  }
  return [...values].sort((a, b) => a - b);
}
