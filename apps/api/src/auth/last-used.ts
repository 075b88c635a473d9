import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { TokensRepository } from '@rolecall/persistence';
import { LOGGER } from '@rolecall/runtime';

/** At most one lastUsedAt write per token per minute and process; the database never moves it backwards. */
export const LAST_USED_INTERVAL_MS = 60_000;

/** Keeps tokens' lastUsedAt without a database write per request. */
@Injectable()
export class LastUsedRecorder {
  private readonly written = new Map<string, number>();

  constructor(
    private readonly tokens: TokensRepository,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Records a use of a stored token (the bootstrap admin has no row); a failed write is logged, never fails the request. */
  async record(tokenId: string, now = Date.now()): Promise<void> {
    const last = this.written.get(tokenId);
    if (last !== undefined && now - last < LAST_USED_INTERVAL_MS) return;
    this.written.set(tokenId, now);
    if (this.written.size > 10_000) this.written.clear();
    try {
      await this.tokens.touch(tokenId, new Date(now));
    } catch (error) {
      this.written.delete(tokenId);
      this.logger.warn({ tokenId, err: (error as Error).message }, 'could not record a token use');
    }
  }
}
