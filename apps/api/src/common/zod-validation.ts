import { BadRequestException, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { findControlCharacter } from './text.schema';

/** Describes every problem in one line, each prefixed with the path of the field at fault. */
export function describeIssues(error: z.ZodError, root: string): string {
  return error.issues
    .map((issue) => {
      const path = [root, ...issue.path.map(String)].filter(Boolean).join('.');
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}

/**
 * Validates a request part (body, query or path) and hands the handler the parsed value. Control
 * characters are refused in every string of every part before the schema runs, whatever the
 * schema says, naming the field.
 */
export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.infer<T>> {
  constructor(
    private readonly schema: T,
    private readonly root: 'body' | 'query' | 'path',
  ) {}

  transform(value: unknown): z.infer<T> {
    const control = findControlCharacter(value);
    if (control) {
      const path = [this.root, ...control.path.map(String)].join('.');
      throw new BadRequestException(`${path}: must not contain control characters (found ${control.char})`);
    }
    const parsed = this.schema.safeParse(value);
    if (!parsed.success) throw new BadRequestException(describeIssues(parsed.error, this.root));
    return parsed.data;
  }
}
