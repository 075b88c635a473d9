import type { AwsCallCounts } from '@rolecall/model';
import { countOutcome, failedAttemptOutcome, type AwsAttemptOutcomes } from './attempt-outcome';

type Handler = (args: unknown) => Promise<unknown>;

/** The slice of an SDK v3 client's middleware stack the counter uses. */
interface CounterStack {
  add(
    middleware: (next: Handler, context: { commandName?: string }) => Handler,
    options: { step: 'deserialize'; priority: 'high'; name: string },
  ): void;
}

export interface CountableClient {
  middlewareStack: object;
}

/** Where a session's attempts are counted: by operation, and by outcome. */
export interface AttemptTally {
  /** "service:Operation" -> attempts. */
  calls: AwsCallCounts;
  /** "service:outcome" -> attempts. */
  outcomes: AwsAttemptOutcomes;
}

/**
 * Counts every HTTP attempt, retries included, as "service:Operation" and as "service:outcome":
 * the deserialize step sits below the retry middleware, so it runs once per attempt; high
 * priority puts it above the deserializer (which the client adds first), so a failed attempt
 * arrives as the SDK's error (code, HTTP status), not as a raw response.
 */
export function countCalls(client: CountableClient, service: string, tally: AttemptTally): void {
  // Every SDK v3 client's stack has this add(); its own types are per-client generics.
  (client.middlewareStack as CounterStack).add(
    (next, context) => async (args) => {
      const key = `${service}:${(context.commandName ?? 'Unknown').replace(/Command$/, '')}`;
      tally.calls[key] = (tally.calls[key] ?? 0) + 1;
      try {
        const output = await next(args);
        countOutcome(tally.outcomes, service, 'success');
        return output;
      } catch (error) {
        countOutcome(tally.outcomes, service, failedAttemptOutcome(error));
        throw error;
      }
    },
    { step: 'deserialize', priority: 'high', name: 'rolecallCallCounter' },
  );
}
