import type { ChildProcess } from 'node:child_process';
import { ApiClient, type SuccessBody } from '@rolecall/api-client';

export type ScanDetail = SuccessBody<'getScan'>;
const TERMINAL = ['succeeded', 'partial', 'failed', 'cancelled'];

/** Waits (bounded) until the daemon answers /health as ready; fails early if it exits. */
export async function waitForHealthy(api: ApiClient, daemon: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (daemon.exitCode !== null) throw new Error(`the daemon exited with code ${daemon.exitCode}`);
    const ready = await api.call('getHealth', {}).then((health) => health.status === 'ready', () => false);
    if (ready) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`the daemon was not ready after ${timeoutMs} ms`);
}

/** Polls the scan until it finishes, reporting each change of its accounts' progress. */
export async function waitForTerminal(api: ApiClient, scanId: string, onProgress: (scan: ScanDetail) => void, timeoutMs = 300_000): Promise<ScanDetail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const scan = await api.call('getScan', { path: { id: scanId } });
    onProgress(scan);
    if (TERMINAL.includes(scan.status)) return scan;
    if (Date.now() > deadline) throw new Error(`scan ${scanId} still ${scan.status} after ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

/** "scanning: 3/7 accounts done (1 running)": done counts every account that finished, however it finished. */
export function progressLine(scan: ScanDetail): string {
  const { succeeded, partial, failed, cancelled, running } = scan.progress;
  const total = scan.accountTotal > 0 ? String(scan.accountTotal) : '?';
  return `scanning: ${succeeded + partial + failed + cancelled}/${total} accounts done (${running} running) - ${scan.status}`;
}

/** A progress reporter: rewrites one line on a terminal, prints each new line otherwise (CI logs). */
export function progressReporter(stream: NodeJS.WriteStream = process.stdout): { update(scan: ScanDetail): void; end(): void } {
  let last = '';
  return {
    update(scan) {
      const line = progressLine(scan);
      if (line === last) return;
      last = line;
      stream.write(stream.isTTY ? `\r${line.padEnd(72)}` : `${line}\n`);
    },
    end() {
      if (stream.isTTY && last) stream.write('\n');
    },
  };
}
