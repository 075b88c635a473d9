import { Random } from '../util/random';

const BASE = Date.parse('2023-01-01T00:00:00Z');
const DAY = 86_400_000;

/** The seeded source of everything random in a generated world: choices, ids and dates. */
export class GenContext {
  readonly random: Random;

  constructor(seed: number | string) {
    this.random = new Random(seed);
  }

  chance(probability: number): boolean {
    return this.random.chance(probability);
  }

  int(min: number, max: number): number {
    return this.random.int(min, max);
  }

  pick<T>(items: readonly T[]): T {
    return this.random.pick(items);
  }

  /** A timestamp between 2023-01-01 and mid 2024, at least `afterDays` days into that span. */
  date(afterDays = 0): string {
    const day = afterDays + this.random.int(0, Math.max(0, 540 - afterDays));
    return new Date(BASE + day * DAY + this.random.int(0, 86_399) * 1000).toISOString().replace('.000Z', 'Z');
  }

  hex(length: number): string {
    return this.random.hex(length);
  }

  instanceId(): string {
    return `i-0${this.hex(16)}`;
  }

  subnetId(): string {
    return `subnet-0${this.hex(16)}`;
  }
}
