import { Injectable, ServiceUnavailableException, type CanActivate } from '@nestjs/common';
import { RedisStatus } from '@rolecall/runtime';

/**
 * For writes that must queue work (scans, uploads, schedules): while Redis is unavailable they are
 * refused at once with 503 and the reason, before anything is stored. Reads never need it.
 */
@Injectable()
export class QueueAvailableGuard implements CanActivate {
  constructor(private readonly redis: RedisStatus) {}

  canActivate(): boolean {
    if (!this.redis.available) throw new ServiceUnavailableException(`${this.redis.reason}: nothing was stored; retry when it is back (GET /health)`);
    return true;
  }
}
