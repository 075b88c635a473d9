/** A world that failed validation; the message names the offending field. */
export class WorldValidationError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid world: ${issues.slice(0, 10).join('; ')}${issues.length > 10 ? ` (and ${issues.length - 10} more)` : ''}`);
    this.name = 'WorldValidationError';
  }
}

/** Renders a path like accounts[2].iam.roles[0].RoleName. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}
