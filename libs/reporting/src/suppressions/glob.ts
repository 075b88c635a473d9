/**
 * ARN globs: `*` matches any run of characters, `?` exactly one, everything else itself.
 *
 * Compiled once into literal segments (split at `*`) and matched without backtracking: the first
 * segment is anchored at the start, the last at the end, and each middle one is taken at its
 * leftmost position after the previous one (the leftmost choice never loses a match, because `*`
 * can absorb anything left behind it). Every text position is tried at most once per segment
 * search, so a match costs at most text length x (longest segment + 1) comparisons: linear in
 * the text for a given pattern, whatever the pattern (`******X`, `*a*a*a*b` included).
 */
export interface CompiledGlob {
  readonly pattern: string;
  /** Literal runs between stars (may contain `?`). */
  readonly segments: readonly string[];
  /** Whether the pattern starts / ends with `*`. */
  readonly leadingStar: boolean;
  readonly trailingStar: boolean;
  /** Shortest text the pattern can match. */
  readonly minLength: number;
}

export function compileGlob(pattern: string): CompiledGlob {
  const parts = pattern.split('*');
  const leadingStar = parts.length > 1 && parts[0] === '';
  const trailingStar = parts.length > 1 && parts[parts.length - 1] === '';
  const segments = parts.filter((part, index) => part !== '' || (parts.length === 1 && index === 0));
  return { pattern, segments, leadingStar, trailingStar, minLength: segments.reduce((sum, segment) => sum + segment.length, 0) };
}

/** Counts character comparisons, for the linear-time spec. */
export interface StepCounter {
  steps: number;
}

export function matchGlob(glob: CompiledGlob, text: string, counter?: StepCounter): boolean {
  const { segments } = glob;
  if (text.length < glob.minLength) return false;
  if (segments.length === 0) return glob.leadingStar || text.length === 0;
  // No star at all: the one segment must cover the whole text.
  if (!glob.leadingStar && !glob.trailingStar && segments.length === 1) {
    return text.length === segments[0].length && segmentAt(segments[0], text, 0, counter);
  }
  let start = 0;
  let end = text.length;
  let first = 0;
  let last = segments.length;
  if (!glob.leadingStar) {
    if (!segmentAt(segments[0], text, 0, counter)) return false;
    start = segments[0].length;
    first = 1;
  }
  if (!glob.trailingStar) {
    const tail = segments[last - 1];
    if (end - tail.length < start || !segmentAt(tail, text, end - tail.length, counter)) return false;
    end -= tail.length;
    last -= 1;
  }
  for (let index = first; index < last; index++) {
    const found = findSegment(segments[index], text, start, end, counter);
    if (found < 0) return false;
    start = found + segments[index].length;
  }
  return true;
}

/** The leftmost position in [from, to) where the segment fits entirely before `to`, or -1. */
function findSegment(segment: string, text: string, from: number, to: number, counter?: StepCounter): number {
  for (let position = from; position + segment.length <= to; position++) {
    if (segmentAt(segment, text, position, counter)) return position;
  }
  return -1;
}

function segmentAt(segment: string, text: string, position: number, counter?: StepCounter): boolean {
  for (let offset = 0; offset < segment.length; offset++) {
    if (counter) counter.steps++;
    const char = segment[offset];
    if (char !== '?' && char !== text[position + offset]) return false;
  }
  if (counter) counter.steps++;
  return true;
}
