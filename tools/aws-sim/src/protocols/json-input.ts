import type { z } from 'zod';
import { formatPath } from '../world/world-error';
import { serviceError } from './error-catalog';

/** Validates a JSON request body against the operation's input schema; failures become the service's validation error. */
export function parseJsonInput<S extends z.ZodType>(schema: S, body: unknown, service: string): z.output<S> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw serviceError(service, 'validation', `${formatPath(issue.path)}: ${issue.message}`);
}
