import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eksToken, TOKEN_PREFIX } from './eks-token';

const credentials = { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'secret', sessionToken: 'session' };

test('the token is a presigned GetCallerIdentity URL with the cluster name signed in, as aws eks get-token makes it', async () => {
  const token = await eksToken({ clusterName: 'payments', region: 'eu-west-1', credentials, signingDate: new Date('2026-01-02T03:04:05Z') });
  assert.ok(token.startsWith(TOKEN_PREFIX));
  const encoded = token.slice(TOKEN_PREFIX.length);
  assert.doesNotMatch(encoded, /[=+/]/, 'base64url without padding');
  const url = new URL(Buffer.from(encoded, 'base64url').toString('utf8'));
  assert.equal(url.origin, 'https://sts.eu-west-1.amazonaws.com');
  assert.equal(url.searchParams.get('Action'), 'GetCallerIdentity');
  assert.equal(url.searchParams.get('Version'), '2011-06-15');
  assert.equal(url.searchParams.get('X-Amz-Expires'), '60');
  assert.equal(url.searchParams.get('X-Amz-SignedHeaders'), 'host;x-k8s-aws-id');
  assert.equal(url.searchParams.get('X-Amz-Credential'), 'ASIAEXAMPLE/20260102/eu-west-1/sts/aws4_request');
  assert.equal(url.searchParams.get('X-Amz-Security-Token'), 'session');
  assert.match(url.searchParams.get('X-Amz-Signature') ?? '', /^[0-9a-f]{64}$/);
});

test('a token for another cluster carries another signature', async () => {
  const signingDate = new Date('2026-01-02T03:04:05Z');
  const a = await eksToken({ clusterName: 'a', region: 'us-east-1', credentials, signingDate });
  const b = await eksToken({ clusterName: 'b', region: 'us-east-1', credentials, signingDate });
  assert.notEqual(a, b);
});
