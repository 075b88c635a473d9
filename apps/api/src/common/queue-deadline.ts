/** Longest a request waits on a queue write; BullMQ would otherwise wait for Redis to come back. */
export const QUEUE_DEADLINE_MS = 5000;

/** The queue write, or a rejection once the deadline passes (Redis went away mid-request). */
export async function withinQueueDeadline<T>(write: Promise<T>, deadlineMs = QUEUE_DEADLINE_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the queue did not answer within ${deadlineMs} ms`)), deadlineMs);
  });
  try {
    return await Promise.race([write, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
