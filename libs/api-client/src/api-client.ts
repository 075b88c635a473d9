import { OPERATIONS, type components, type operations } from './generated/api';

export type OperationId = keyof operations;
export type ErrorBody = components['schemas']['Error'];
type Responses<O extends OperationId> = operations[O]['responses'];
type SuccessStatus = 200 | 201 | 202 | 204;
type Json<R> = [R] extends [never] ? undefined : R extends { 'application/json': infer T } ? T : never;
type Absent<T> = [T] extends [never] ? true : false;

/** The JSON body of an operation's success response (undefined for 204). */
export type SuccessBody<O extends OperationId> = { [S in keyof Responses<O> & SuccessStatus]: Json<Responses<O>[S]> }[keyof Responses<O> & SuccessStatus];

/** What an operation takes: its path parameters, query and body, each only where the operation has one. */
export type Input<O extends OperationId> = (Absent<operations[O]['path']> extends true ? unknown : { path: operations[O]['path'] }) &
  (Absent<operations[O]['query']> extends true ? unknown : { query?: operations[O]['query'] }) &
  (Absent<operations[O]['body']> extends true ? unknown : { body: operations[O]['body'] });

/** A response outside 2xx, with the api's error body when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly operationId: OperationId,
    readonly status: number,
    readonly body: ErrorBody | undefined,
  ) {
    super(`${operationId} -> ${status}: ${body ? String(body.message) : 'no error body'}`);
  }
}

export interface ApiClientOptions {
  /** e.g. http://127.0.0.1:8080 */
  baseUrl: string;
  /** Sent as Authorization: Bearer <token>. */
  token?: string;
  fetch?: typeof fetch;
}

/** A small typed client over fetch: one call per operationId of the document. */
export class ApiClient {
  constructor(private readonly options: ApiClientOptions) {}

  /** Calls the operation and returns its JSON success body; throws ApiError otherwise. */
  async call<O extends OperationId>(operationId: O, input: Input<O>): Promise<SuccessBody<O>> {
    const response = await this.send(operationId, input, 'application/json');
    if (response.status === 204) return undefined as SuccessBody<O>;
    return (await response.json()) as SuccessBody<O>;
  }

  /** The success body as text, for the operations with a text form (Accept: text/csv). */
  async text<O extends OperationId>(operationId: O, input: Input<O>, accept: string): Promise<string> {
    return (await this.send(operationId, input, accept)).text();
  }

  /** Every item of a cursor-paginated operation, page after page. */
  async all<O extends OperationId>(operationId: O, input: Input<O>): Promise<Items<SuccessBody<O>>[]> {
    const items: Items<SuccessBody<O>>[] = [];
    let cursor: string | null = null;
    do {
      const query = { ...((input as { query?: object }).query ?? {}), ...(cursor ? { cursor } : {}) };
      const page = (await this.call(operationId, { ...(input as object), query } as Input<O>)) as { items: Items<SuccessBody<O>>[]; nextCursor: string | null };
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  private async send(operationId: OperationId, input: unknown, accept: string): Promise<Response> {
    const { method, path } = OPERATIONS[operationId];
    const { path: params = {}, query = {}, body } = input as { path?: Record<string, string>; query?: Record<string, unknown>; body?: unknown };
    const url = new URL(path.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(params[name])), this.options.baseUrl);
    for (const [name, value] of Object.entries(query)) {
      // Lists are comma-separated (style: form, explode: false): ?severity=high,critical
      if (value !== undefined) url.searchParams.set(name, Array.isArray(value) ? value.join(',') : String(value));
    }
    const headers: Record<string, string> = { Accept: accept };
    if (this.options.token) headers.Authorization = `Bearer ${this.options.token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await (this.options.fetch ?? fetch)(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) {
      const error = (await response.json().catch(() => undefined)) as ErrorBody | undefined;
      throw new ApiError(operationId, response.status, error);
    }
    return response;
  }
}

type Items<T> = T extends { items: (infer I)[] } ? I : never;
