/** Process CPU (user + system) spent per named stage; stages run one at a time. */
export class StageClock<Stage extends string> {
  private readonly cpuSeconds = new Map<Stage, number>();

  async time<T>(stage: Stage, work: () => Promise<T> | T): Promise<T> {
    const before = process.cpuUsage();
    try {
      return await work();
    } finally {
      const spent = process.cpuUsage(before);
      this.cpuSeconds.set(stage, (this.cpuSeconds.get(stage) ?? 0) + (spent.user + spent.system) / 1e6);
    }
  }

  seconds(stage: Stage): number {
    return this.cpuSeconds.get(stage) ?? 0;
  }

  /** Milliseconds per unit (e.g. per account), one decimal, for every stage timed. */
  msPer(units: number): Record<Stage, number> {
    const out = {} as Record<Stage, number>;
    for (const [stage, seconds] of this.cpuSeconds) out[stage] = Math.round((seconds * 10000) / units) / 10;
    return out;
  }
}
