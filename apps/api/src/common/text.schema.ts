import { z } from 'zod';

/** C0 controls and DEL (and U+2028/U+2029, line breaks in JavaScript); `lineBreaks` allows tab, LF and CR. */
function firstControl(value: string, lineBreaks: boolean): string | undefined {
  for (const char of value) {
    const code = char.charCodeAt(0);
    const control = code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029;
    const allowedBreak = lineBreaks && (char === '\t' || char === '\n' || char === '\r');
    if (control && !allowedBreak) return describe(char);
  }
  return undefined;
}

function describe(char: string): string {
  return `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first control character in a string that no field accepts, as `U+0000`, or undefined. */
export function forbiddenControl(value: string): string | undefined {
  return firstControl(value, true);
}

/**
 * Every free-text field of a request goes through one of these: a string that refuses control
 * characters (NUL would otherwise reach PostgreSQL and come back as a 500) with a message naming
 * the character; `multiline` accepts tab and line breaks (a suppression's reason).
 */
export function text(options: { max: number; min?: number; multiline?: boolean }) {
  return z
    .string()
    .superRefine((value, context) => {
      const found = firstControl(value, options.multiline === true);
      if (found) context.addIssue({ code: 'custom', message: `must not contain control characters (found ${found})`, abort: true });
    })
    .pipe(z.string().trim().min(options.min ?? 1, 'is required').max(options.max));
}

/** Finds control characters anywhere in a parsed request part: the path of the first string holding one. */
export function findControlCharacter(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; char: string } | undefined {
  if (typeof value === 'string') {
    const char = forbiddenControl(value);
    return char ? { path, char } : undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findControlCharacter(item, [...path, index]);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const keyChar = forbiddenControl(key);
      if (keyChar) return { path, char: keyChar };
      const found = findControlCharacter(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}
