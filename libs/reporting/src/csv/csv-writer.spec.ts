import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, csvRecord } from './csv-writer';

test('writes RFC 4180 records: quotes, doubled quotes, line breaks, CRLF', () => {
  assert.equal(csvRecord(['a', 'b,c', 'say "hi"', 'two\nlines', null, 3, true]), 'a,"b,c","say ""hi""","two\nlines",,3,true\r\n');
});

test('neutralizes formula injection', () => {
  assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
  assert.equal(csvCell('+1'), "'+1");
  assert.equal(csvCell('-2+3'), "'-2+3");
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell('\tcmd'), "'\tcmd");
  assert.equal(csvCell(-5), '-5');
  assert.equal(csvCell('safe=value'), 'safe=value');
});
