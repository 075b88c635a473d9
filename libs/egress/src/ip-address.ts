import { BlockList, isIP } from 'node:net';

/** Address ranges an outbound call must never reach, each with the name given in refusals. */
const RANGES: Array<{ reason: string; v4?: Array<[string, number]>; v6?: Array<[string, number]> }> = [
  { reason: 'unspecified', v4: [['0.0.0.0', 8]], v6: [['::', 128]] },
  { reason: 'loopback', v4: [['127.0.0.0', 8]], v6: [['::1', 128]] },
  { reason: 'private', v4: [['10.0.0.0', 8], ['172.16.0.0', 12], ['192.168.0.0', 16]], v6: [['fc00::', 7]] },
  { reason: 'link-local (cloud metadata lives here)', v4: [['169.254.0.0', 16]], v6: [['fe80::', 10]] },
  { reason: 'carrier-grade NAT', v4: [['100.64.0.0', 10]] },
  { reason: 'multicast', v4: [['224.0.0.0', 4]], v6: [['ff00::', 8]] },
  {
    reason: 'reserved',
    v4: [['192.0.0.0', 24], ['192.0.2.0', 24], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['240.0.0.0', 4]],
    v6: [['2001:db8::', 32], ['100::', 64], ['::', 96]],
  },
];

/** One list per family: node's BlockList matches an IPv4 address against IPv6 subnets as if mapped. */
function listOf(subnets: Array<[string, number]>, family: 'ipv4' | 'ipv6'): BlockList {
  const list = new BlockList();
  for (const [network, prefix] of subnets) list.addSubnet(network, prefix, family);
  return list;
}
const V4 = RANGES.map(({ reason, v4 = [] }) => ({ reason, list: listOf(v4, 'ipv4') }));
const V6 = RANGES.map(({ reason, v6 = [] }) => ({ reason, list: listOf(v6, 'ipv6') }));
const MAPPED = listOf([['::ffff:0:0', 96]], 'ipv6');

/**
 * The IP address a host names, in canonical form, or undefined when it is a DNS name. Decimal,
 * hex, octal and short IPv4 forms (2130706433, 0x7f000001, 0177.1) and bracketed IPv6 ([::1])
 * are read as the URL parser (and so every HTTP client) reads them.
 */
export function hostAddress(host: string): string | undefined {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (isIP(bare)) return bare.toLowerCase();
  let hostname: string;
  try {
    hostname = new URL(`http://${bare.includes(':') ? `[${bare}]` : bare}/`).hostname;
  } catch {
    return undefined;
  }
  const unbracketed = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  return isIP(unbracketed) ? unbracketed : undefined;
}

/**
 * Why an address must not be called (loopback, private, link-local, carrier-grade NAT, unspecified,
 * multicast, reserved or IPv4-mapped), or undefined for a public address. Hosts in another IP form
 * are read first; a DNS name (no address) is undefined here: its resolved addresses are checked.
 */
export function forbiddenAddressReason(addressOrHost: string): string | undefined {
  const address = hostAddress(addressOrHost);
  if (address === undefined) return undefined;
  if (isIP(address) === 4) return V4.find(({ list }) => list.check(address, 'ipv4'))?.reason;
  // An IPv4-mapped address (::ffff:a.b.c.d) reaches the IPv4 host: named by its IPv4 range, and refused even when public.
  if (MAPPED.check(address, 'ipv6')) return V4.find(({ list }) => list.check(address, 'ipv6'))?.reason ?? 'IPv4-mapped IPv6';
  return V6.find(({ list }) => list.check(address, 'ipv6'))?.reason;
}

/** Loopback in any form (127/8, ::1, IPv4-mapped 127/8, 2130706433). */
export function isLoopbackAddress(addressOrHost: string): boolean {
  return forbiddenAddressReason(addressOrHost) === 'loopback';
}
