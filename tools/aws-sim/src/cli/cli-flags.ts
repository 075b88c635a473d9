/** A command-line usage error: the message names the offending flag. */
export class UsageError extends Error {}

/** Parses `--name value` pairs, allowing only the given flags; `required` flags must be present. */
export function parseFlags(args: readonly string[], allowed: readonly string[], required: readonly string[]): Record<string, string> {
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [name, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s, 2) : [undefined, undefined];
    if (!name || !allowed.includes(name)) throw new UsageError(`unknown argument ${arg} (expected ${allowed.map((f) => `--${f}`).join(', ')})`);
    const value = inline ?? args[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
    flags[name] = value;
  }
  const missing = required.find((name) => flags[name] === undefined);
  if (missing) throw new UsageError(`--${missing} is required`);
  return flags;
}

/** An integer flag within bounds. */
export function intFlag(flags: Record<string, string>, name: string, min: number, max: number): number | undefined {
  const raw = flags[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got ${raw}`);
  return value;
}
