import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { SDK_LOGGER } from './sdk-logger';

const RESPONSE = `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>
<Arn>arn:aws:iam::111122223333:user/audit</Arn><UserId>AIDAEXAMPLE</UserId><Account>111122223333</Account>
</GetCallerIdentityResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>`;

type Context = { inputFilterSensitiveLog: (input: unknown) => unknown; outputFilterSensitiveLog: (output: unknown) => unknown };

/** One GetCallerIdentity against a canned response; counts how often the SDK redacts input or output for its log. */
async function callCountingLogFilters(logger?: object) {
  const client = new STSClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    requestHandler: { handle: async () => ({ response: { statusCode: 200, headers: {}, body: Readable.from([RESPONSE]) } }) },
    ...(logger === undefined ? {} : { logger }),
  } as never);
  let filtered = 0;
  client.middlewareStack.add(
    (next, context) => {
      const logContext = context as unknown as Context;
      const [input, output] = [logContext.inputFilterSensitiveLog, logContext.outputFilterSensitiveLog];
      logContext.inputFilterSensitiveLog = (value) => ((filtered += 1), input(value));
      logContext.outputFilterSensitiveLog = (value) => ((filtered += 1), output(value));
      return next;
    },
    { step: 'initialize', priority: 'high' },
  );
  const output = await client.send(new GetCallerIdentityCommand({}));
  return { account: output.Account, filtered };
}

test('with the SDK logger the SDK no longer redacts every request and response for a log it drops; the call is unchanged', async () => {
  // Any logger with an info method (as the SDK's NoOpLogger had before 3.1178) costs a redacted copy of both.
  const withInfo = { trace() {}, debug() {}, info() {}, warn() {}, error() {} };
  assert.deepEqual(await callCountingLogFilters(withInfo), { account: '111122223333', filtered: 2 });
  assert.deepEqual(await callCountingLogFilters(SDK_LOGGER), { account: '111122223333', filtered: 0 });
  // The SDK's own default now skips the copy too; ours stays for its warnings' routing and older clients.
  assert.deepEqual(await callCountingLogFilters(), { account: '111122223333', filtered: 0 });
});

test('the SDK logger is the SDK default minus info: no info method, the default\'s name (the SDK routes its warnings by it)', () => {
  assert.equal('info' in SDK_LOGGER, false);
  assert.equal(SDK_LOGGER.constructor.name, 'NoOpLogger');
  assert.deepEqual(['trace', 'debug', 'warn', 'error'].map((method) => typeof (SDK_LOGGER as unknown as Record<string, unknown>)[method]), [
    'function',
    'function',
    'function',
    'function',
  ]);
});
