import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readmeExamples } from './readme-examples';

const fence = '```';

test('reads the sh blocks of the API examples section with what each expects, and nothing outside it', () => {
  const readme = [
    '# X', '', '## API examples', '',
    `${fence}sh`, 'export ROLECALL_URL=x', fence, '<!-- readme-example: setup -->', '',
    `${fence}sh`, 'echo hi', fence, '<!-- readme-example: expect ^hi$ -->', '',
    `${fence}bash`, 'not run', fence, '',
    '## Next', '', `${fence}sh`, 'outside', fence, '',
  ].join('\n');
  const examples = readmeExamples(readme);
  assert.deepEqual(examples.map((example) => [example.index, example.script, String(example.expect)]), [
    [1, 'export ROLECALL_URL=x\n', 'setup'],
    [2, 'echo hi\n', '/^hi$/'],
  ]);
});

test('an sh block without its expectation, or a missing section, is an error rather than a skipped example', () => {
  assert.throws(() => readmeExamples(`# X\n\n## API examples\n\n${fence}sh\necho hi\n${fence}\n`), /1 sh block\(s\) of "## API examples" lack/);
  assert.throws(() => readmeExamples('# nothing here\n'), /README has no "## API examples" section/);
});

test('the repository README has its examples', () => {
  assert.ok(readmeExamples().length >= 10);
});
