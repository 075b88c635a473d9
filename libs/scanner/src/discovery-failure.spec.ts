import { test } from 'node:test';
import assert from 'node:assert/strict';
import { discoveryFailureReason } from './discovery-failure';

test('no credentials at all: the reason says what happened and hints at npm run demo', () => {
  const error = Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' });
  assert.equal(
    discoveryFailureReason(error),
    'organization discovery failed: CredentialsProviderError: Could not load credentials from any providers; ' +
      'no AWS credentials were found (set AWS_PROFILE or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run where a role is attached); ' +
      'to try Rolecall without AWS, run `npm run demo`, which scans the bundled AWS simulator',
  );
});

test('other failures keep their reason without the hint', () => {
  const denied = Object.assign(new Error('not authorized to perform organizations:ListAccounts'), { name: 'AccessDeniedException' });
  assert.equal(discoveryFailureReason(denied), 'organization discovery failed: AccessDeniedException: not authorized to perform organizations:ListAccounts');
});
