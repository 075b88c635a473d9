import { BadRequestException, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';

/** Describes every problem in one line, each prefixed with the path of the field at fault. */
export function describeIssues(error: z.ZodError, root: string): string {
  return error.issues
    .map((issue) => {
      const path = [root, ...issue.path.map(String)].filter(Boolean).join('.');
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}

/** Validates a request part (body or query) and hands the handler the parsed value. */
export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.infer<T>> {
  constructor(
    private readonly schema: T,
    private readonly root: 'body' | 'query' | 'path',
  ) {}

  transform(value: unknown): z.infer<T> {
    const parsed = this.schema.safeParse(value);
    if (!parsed.success) throw new BadRequestException(describeIssues(parsed.error, this.root));
    return parsed.data;
  }
}
