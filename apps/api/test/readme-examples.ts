import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One `sh` block of the README's "API examples" section and what the comment under it expects. */
export interface ReadmeExample {
  /** 1-based, in README order, for messages. */
  index: number;
  script: string;
  /** `setup` for the block that sets ROLECALL_URL and TOKEN (the test sets them itself). */
  expect: RegExp | 'setup';
}

const SECTION = '## API examples';
const BLOCK = /```sh\n([\s\S]*?)```\n<!-- readme-example: (setup|expect (.*)) -->/g;

export function readmePath(): string {
  // dist/apps/api/test -> repository root
  return join(__dirname, '..', '..', '..', '..', 'README.md');
}

/** The examples of the section, every `sh` block of it; a block without its comment is an error. */
export function readmeExamples(readme = readFileSync(readmePath(), 'utf8')): ReadmeExample[] {
  const start = readme.indexOf(`\n${SECTION}\n`);
  if (start < 0) throw new Error(`README has no "${SECTION}" section`);
  const end = readme.indexOf('\n## ', start + SECTION.length + 2);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const examples = [...section.matchAll(BLOCK)].map((match, i) => ({
    index: i + 1,
    script: match[1]!,
    expect: match[2] === 'setup' ? ('setup' as const) : new RegExp(match[3]!),
  }));
  const blocks = section.split('```sh\n').length - 1;
  if (blocks !== examples.length) throw new Error(`${blocks - examples.length} sh block(s) of "${SECTION}" lack a <!-- readme-example: ... --> comment`);
  return examples;
}
