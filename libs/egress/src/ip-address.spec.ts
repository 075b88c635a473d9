import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forbiddenAddressReason, hostAddress, isLoopbackAddress } from './ip-address';

test('every internal range is named, in every IP form', () => {
  const cases: Array<[string, string]> = [
    ['127.0.0.1', 'loopback'],
    ['127.254.0.9', 'loopback'],
    ['2130706433', 'loopback'],
    ['0x7f000001', 'loopback'],
    ['0177.0.0.1', 'loopback'],
    ['127.1', 'loopback'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['[::ffff:7f00:1]', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['169.254.169.254', 'link-local (cloud metadata lives here)'],
    ['2852039166', 'link-local (cloud metadata lives here)'],
    ['fe80::1', 'link-local (cloud metadata lives here)'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.254', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:8.8.8.8', 'IPv4-mapped IPv6'],
  ];
  assert.deepEqual(
    cases.map(([address]) => [address, forbiddenAddressReason(address)]),
    cases,
  );
});

test('public addresses and DNS names pass (names are judged by what they resolve to)', () => {
  for (const address of ['140.82.112.6', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:50c0:8000::154', 'api.github.com']) {
    assert.equal(forbiddenAddressReason(address), undefined, address);
  }
});

test('host forms are read as the URL parser reads them', () => {
  assert.deepEqual(['2130706433', '0x7f000001', '[::1]', '::FFFF:127.0.0.1', 'api.github.com'].map(hostAddress), ['127.0.0.1', '127.0.0.1', '::1', '::ffff:127.0.0.1', undefined]);
  assert.deepEqual(['2130706433', '[::1]', '::ffff:127.0.0.1', '10.0.0.1', 'localhost'].map(isLoopbackAddress), [true, true, true, false, false]);
});
