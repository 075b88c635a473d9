/**
 * The SDK clients' logger: the SDK's own default (NoOpLogger, every method a no-op) without `info`.
 * The SDK's logger middleware calls `logger?.info?.({ input: filter(input), output: filter(output) })`
 * after every call, so with a no-op `info` it still builds a redacted deep copy of each request and
 * response only to drop it; without `info` it skips that work. Nothing else calls `info`. The class
 * keeps the name NoOpLogger because the SDK checks `logger.constructor.name === "NoOpLogger"` to
 * decide where its few warnings go (console, as with its default).
 */
export class NoOpLogger {
  trace(): void {}
  debug(): void {}
  warn(): void {}
  error(): void {}
}

export const SDK_LOGGER = new NoOpLogger();
