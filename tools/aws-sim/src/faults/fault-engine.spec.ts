import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FaultEngine } from './fault-engine';

const call = { service: 'ecs', operation: 'ListClusters', account: '111111111111', region: 'us-east-1' };

test('the same seed gives the same throttling sequence', () => {
  const faults = { seed: 7, errors: [{ match: { service: 'ecs' }, error: 'throttle' as const, rate: 0.5 }] };
  const sequence = (engine: FaultEngine) => Array.from({ length: 40 }, () => engine.decide(call).error ?? 'ok');
  const first = sequence(new FaultEngine(faults));
  assert.deepEqual(sequence(new FaultEngine(faults)), first);
  assert.notDeepEqual(sequence(new FaultEngine({ ...faults, seed: 8 })), first);
  const throttled = first.filter((outcome) => outcome === 'throttle').length;
  assert.ok(throttled > 5 && throttled < 35, `throttled ${throttled} of 40`);
});

test('limit stops a rule after that many hits; non-matching calls pass', () => {
  const engine = new FaultEngine({ errors: [{ match: { operation: 'List*', account: '1111*' }, error: 'throttle', limit: 2 }] });
  assert.equal(engine.decide(call).error, 'throttle');
  assert.equal(engine.decide(call).error, 'throttle');
  assert.equal(engine.decide(call).error, undefined);
  assert.equal(new FaultEngine({ errors: [{ match: { account: '2222*' }, error: 'accessDenied' }] }).decide(call).error, undefined);
});

test('latency is fixed plus bounded jitter; disabled regions match by pattern', () => {
  const engine = new FaultEngine({ latency: [{ fixedMs: 5, jitterMs: 3 }], disabledRegions: [{ account: '*', region: 'eu-*' }] });
  for (let i = 0; i < 20; i++) {
    const { delayMs } = engine.decide(call);
    assert.ok(delayMs >= 5 && delayMs <= 8, String(delayMs));
  }
  assert.equal(engine.regionDisabled('111111111111', 'eu-west-1'), true);
  assert.equal(engine.regionDisabled('111111111111', 'us-east-1'), false);
});
