import { readFileSync } from 'node:fs';

/** The parts of a V8 .cpuprofile (node --cpu-prof) this summary reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

interface Frame {
  parent?: number;
  fn: string;
  group: string;
  file: string;
}

/** Where a frame's code lives: a package under node_modules, one of our libs/apps, node itself, or V8. */
export function groupOf(url: string, functionName: string): string {
  if (url === '') return `(${functionName || 'anonymous'})`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const ours = /\/((?:libs|apps|tools|bench)\/[^/]+)\//.exec(url);
  if (ours) return ours[1]!;
  if (url.startsWith('node:')) return 'node:internal';
  return url;
}

function shortFile(url: string): string {
  return url.replace(/^.*node_modules\//, '').replace(/^.*\/((?:libs|apps|tools|bench)\/)/, '$1').replace(/^file:\/\//, '');
}

/** Self time by function and by group, and inclusive time by group (each group counted once per sample). */
export function summarize(profile: CpuProfile, top: number) {
  const frames = new Map<number, Frame>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    frames.set(node.id, { fn: `${functionName || '(anonymous)'} ${shortFile(url)}:${lineNumber + 1}`, group: groupOf(url, functionName), file: shortFile(url) });
  }
  for (const node of profile.nodes) for (const child of node.children ?? []) frames.get(child)!.parent = node.id;
  const selfByFn = new Map<string, number>();
  const selfByGroup = new Map<string, number>();
  const inclusiveByFile = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const frame = frames.get(id)!;
    add(selfByFn, frame.fn, ms);
    add(selfByGroup, frame.group, ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = frames.get(at)!.parent) {
      const { file } = frames.get(at)!;
      if (/^(libs|apps)\//.test(file) && !seen.has(file)) {
        seen.add(file);
        add(inclusiveByFile, file, ms);
      }
    }
  });
  const rank = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => `${ms.toFixed(0).padStart(7)} ms ${((ms * 100) / total).toFixed(1).padStart(5)}%  ${name}`);
  return { totalMs: Math.round(total), selfByGroup: rank(selfByGroup), selfByFunction: rank(selfByFn), inclusiveByOurFile: rank(inclusiveByFile) };
}

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

/** `node dist/bench/src/cpuprofile-summary.js <file.cpuprofile> [top]`: where a process's CPU went. */
if (require.main === module) {
  const [file, top] = process.argv.slice(2);
  if (!file) throw new Error('usage: cpuprofile-summary <file.cpuprofile> [top]');
  const summary = summarize(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, Number(top ?? 30));
  console.log(`total ${summary.totalMs} ms sampled`);
  for (const [title, lines] of Object.entries({ 'self time by package / lib': summary.selfByGroup, 'self time by function': summary.selfByFunction, 'inclusive time by our source file': summary.inclusiveByOurFile })) {
    console.log(`\n${title}\n${lines.join('\n')}`);
  }
}
