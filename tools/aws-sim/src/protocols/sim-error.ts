/** An AWS error to send back: code, message and HTTP status as the service would return them. */
export class SimError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = 'SimError';
  }

  /** awsQuery's <Type>: Receiver for server faults, Sender otherwise. */
  get faultType(): 'Sender' | 'Receiver' {
    return this.status >= 500 ? 'Receiver' : 'Sender';
  }
}
