import { Queue, type ConnectionOptions } from 'bullmq';
import { GITHUB_UPLOAD_JOB, UPLOAD_QUEUE, githubUploadJobId } from './queues';
import { githubUploadPayloadSchema, type GithubUploadPayload } from './payloads';

/** Producer side of GitHub uploads: the api (on request) and the finalizer (a scan's own target) enqueue here. */
export class UploadQueue {
  readonly queue: Queue;

  constructor(options: { connection: ConnectionOptions; prefix: string }) {
    this.queue = new Queue(UPLOAD_QUEUE, { connection: options.connection, prefix: options.prefix });
  }

  /** Idempotent per upload: enqueueing the same upload twice adds one job. */
  async enqueue(payload: GithubUploadPayload): Promise<void> {
    await this.queue.add(GITHUB_UPLOAD_JOB, githubUploadPayloadSchema.parse(payload), {
      jobId: githubUploadJobId(payload.uploadId),
      // GitHub errors are recorded on the upload and end the job; these attempts cover the database or Redis.
      attempts: 5,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: 1000,
      removeOnFail: 5000,
    });
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}
