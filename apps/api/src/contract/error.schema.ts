import { z } from 'zod';

/** Every error body: Nest's exceptions, the JSON body parser's and the 405 filter's all have this shape. */
export const errorSchema = z.object({
  statusCode: z.number().int().min(400).max(599),
  /** What is wrong; for 400, each problem prefixed with the field at fault (`body.scope: ...`). */
  message: z.union([z.string(), z.array(z.string())]),
  error: z.string().optional(),
});
export type ErrorBody = z.infer<typeof errorSchema>;

export const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'The request is invalid; the message names each field at fault',
  401: 'No token, a malformed Authorization header, or an invalid or revoked token',
  403: 'The token lacks the scope this operation needs',
  404: 'No such resource',
  409: 'The resource is not in a state that allows this',
  413: 'The request body exceeds 64 KiB',
  429: 'Rate limit exceeded; Retry-After says when to try again',
  503: 'A dependency (Redis, the queue) is unavailable',
};
