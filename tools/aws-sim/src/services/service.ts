import type { Caller } from '../identity/caller';
import type { AccountState } from '../model/account-state';
import type { QueryInput } from '../protocols/query-input';
import type { SimulatorState } from '../server/simulator-state';
import type { JsonValue } from '../wire/json-writer';
import type { XmlValue } from '../wire/xml-writer';

/** What an operation handler knows about the call. */
export interface CallContext {
  sim: SimulatorState;
  caller: Caller;
  /** The caller's account: the world the call sees. */
  account: AccountState;
  region: string;
  service: string;
  operation: string;
}

/** Returns the members of <OperationResult> (awsQuery) or of the response element (ec2Query). */
export type QueryHandler = (ctx: CallContext, input: QueryInput) => { [member: string]: XmlValue };

export type JsonHandler = (ctx: CallContext, body: unknown) => JsonValue;

export interface RestInput {
  path: Record<string, string>;
  query: URLSearchParams;
}

export type RestHandler = (ctx: CallContext, input: RestInput) => JsonValue;

export interface RestRoute {
  method: string;
  /** e.g. /clusters/{name}/node-groups */
  path: string;
  operation: string;
  handler: RestHandler;
}

interface ServiceBase {
  /** The signing name in the SigV4 credential scope. */
  name: string;
  /** Global services (IAM, Organizations) are not limited by the account's enabled regions. */
  global: boolean;
}

export interface QueryService extends ServiceBase {
  protocol: 'query';
  version: string;
  xmlns: string;
  operations: Record<string, QueryHandler>;
}

export interface Ec2Service extends ServiceBase {
  protocol: 'ec2';
  xmlns: string;
  operations: Record<string, QueryHandler>;
}

export interface JsonService extends ServiceBase {
  protocol: 'json';
  targetPrefix: string;
  /** Member carrying the error message: ECS says message, Organizations says Message. */
  messageKey: 'message' | 'Message';
  operations: Record<string, JsonHandler>;
}

export interface RestJsonService extends ServiceBase {
  protocol: 'rest-json';
  routes: RestRoute[];
}

export type ServiceDefinition = QueryService | Ec2Service | JsonService | RestJsonService;
