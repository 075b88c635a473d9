import { serviceError } from '../protocols/error-catalog';
import type { PageTokens } from './page-tokens';

export interface Page<T> {
  items: T[];
  nextToken?: string;
}

export interface PageRequest {
  tokens: PageTokens;
  /** Identifies the call: tokens only work for the call (and filters) that issued them. */
  scope: string;
  service: string;
  token: string | undefined;
  /** Page size asked for, if any. */
  requested: number | undefined;
  defaultSize: number;
  maxSize: number;
  minSize?: number;
  /** The parameter name to report when the size is out of range. */
  sizeParameter: string;
}

/** One page of `all`, with the token for the next page when more remain. Rejects forged tokens and out-of-range sizes. */
export function paginate<T>(all: readonly T[], request: PageRequest): Page<T> {
  const size = request.requested ?? request.defaultSize;
  const min = request.minSize ?? 1;
  if (!Number.isInteger(size) || size < min || size > request.maxSize) {
    throw serviceError(request.service, 'validation', `${request.sizeParameter} must be between ${min} and ${request.maxSize}`);
  }
  let offset = 0;
  if (request.token) {
    const decoded = request.tokens.decode(request.scope, request.token);
    if (decoded === undefined) throw serviceError(request.service, 'badPaginationToken');
    offset = decoded;
  }
  const items = all.slice(offset, offset + size);
  const next = offset + size;
  return { items, nextToken: next < all.length ? request.tokens.encode(request.scope, next) : undefined };
}
