/** The longest resource pattern accepted (ARNs run to 2048 characters, but a suppression names a family of them). */
export const MAX_PATTERN_LENGTH = 512;
/** The most wildcards (`*` and `?` together) in one pattern. */
export const MAX_PATTERN_WILDCARDS = 16;

/** Why a resource pattern is refused, or undefined when it is acceptable. */
export function globProblem(pattern: string): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return `must be at most ${MAX_PATTERN_LENGTH} characters`;
  let wildcards = 0;
  for (const char of pattern) if (char === '*' || char === '?') wildcards++;
  if (wildcards > MAX_PATTERN_WILDCARDS) return `must have at most ${MAX_PATTERN_WILDCARDS} wildcards (* and ?)`;
  if (pattern.includes('**')) return 'must not repeat * (one * already matches any run)';
  return undefined;
}
