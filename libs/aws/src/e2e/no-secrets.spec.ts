import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import pino from 'pino';
import type { RunningSimulator } from '@rolecall/aws-sim';
import { collectAccount, discoverOrganization } from '../index';
import { PLAINTEXT_SECRET, PROD } from './prod-iam.fixture';
import { SOURCE_SECRET, startTestSimulator, testContext } from './simulator.fixture';
import { testWorld } from './world.fixture';

/** Anything that would be a credential: the scanner's secret, simulator-issued key ids and session tokens, a task's plaintext secret. */
const SECRET_SHAPES = [SOURCE_SECRET, 'AKIDSCANNER', /ASIA[A-Z2-7]{16}/, 'IQoJb3JpZ2luX2VjE', PLAINTEXT_SECRET];

function assertNoSecrets(text: string, what: string): void {
  for (const shape of SECRET_SHAPES) {
    const found = typeof shape === 'string' ? text.includes(shape) : shape.test(text);
    assert.equal(found, false, `${what} holds something shaped like ${String(shape)}`);
  }
}

describe('credentials never reach logs, results or errors', () => {
  let sim: RunningSimulator;
  before(async () => {
    sim = await startTestSimulator(testWorld(), { errors: [{ match: { service: 'eks' }, error: 'accessDenied' }] });
  });
  after(() => sim.stop());

  test('a scan with gaps and a refused account logs and returns only ids, codes and counts', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const ctx = testContext({ logger: pino({ level: 'debug' }, sink) });
    const organization = await discoverOrganization(ctx);
    const collected = await collectAccount(ctx, { scanId: 'scan-secrets', accountId: PROD });
    const refused = await collectAccount(ctx, { scanId: 'scan-secrets', accountId: '555555555555' }).catch((error: unknown) => error);

    assert.ok(collected.gaps.length > 0);
    assert.ok(refused instanceof Error);
    const messages = lines.map((line) => (JSON.parse(line) as { msg: string }).msg);
    assert.ok(messages.includes('collection gap') && messages.includes('account collected') && messages.includes('organization discovered'));
    assertNoSecrets(lines.join('\n'), 'the log');
    assertNoSecrets(JSON.stringify(organization), 'the organization');
    assertNoSecrets(JSON.stringify(collected), 'the collection result');
    assertNoSecrets(`${refused.message} ${JSON.stringify(refused)}`, 'the access error');
  });
});
