import type { AwsCallCounts } from '@rolecall/model';

type Handler = (args: unknown) => Promise<unknown>;

/** The slice of an SDK v3 client's middleware stack the counter uses. */
interface CounterStack {
  add(
    middleware: (next: Handler, context: { commandName?: string }) => Handler,
    options: { step: 'deserialize'; name: string },
  ): void;
}

export interface CountableClient {
  middlewareStack: object;
}

/**
 * Counts every HTTP attempt, retries included, as "service:Operation": the deserialize step
 * sits below the retry middleware, so it runs once per attempt.
 */
export function countCalls(client: CountableClient, service: string, counts: AwsCallCounts): void {
  // Every SDK v3 client's stack has this add(); its own types are per-client generics.
  (client.middlewareStack as CounterStack).add(
    (next, context) => (args) => {
      const key = `${service}:${(context.commandName ?? 'Unknown').replace(/Command$/, '')}`;
      counts[key] = (counts[key] ?? 0) + 1;
      return next(args);
    },
    { step: 'deserialize', name: 'rolecallCallCounter' },
  );
}
