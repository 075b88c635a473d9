/**
 * IpAddress / NotIpAddress: a policy value is an IPv4 or IPv6 address or CIDR block (a bare address
 * is a /32 or /128); the request value an address. Families never match each other; unreadable text
 * never matches.
 */
export function ipMatches(policyValue: string, requestValue: string): boolean {
  const [address, bits] = policyValue.trim().split('/');
  const network = parseIp(address);
  const request = parseIp(requestValue.trim());
  if (network === undefined || request === undefined || network.width !== request.width) return false;
  const prefix = bits === undefined ? network.width : /^\d{1,3}$/.test(bits) ? Number(bits) : Number.NaN;
  if (!(prefix >= 0 && prefix <= network.width)) return false;
  const shift = BigInt(network.width - prefix);
  return network.value >> shift === request.value >> shift;
}

/** The first address of a CIDR block, as text (for building a request that falls inside it). */
export function firstAddressOf(cidr: string): string | undefined {
  const address = cidr.trim().split('/')[0];
  return parseIp(address) === undefined ? undefined : address;
}

interface ParsedIp {
  readonly width: 32 | 128;
  readonly value: bigint;
}

function parseIp(text: string): ParsedIp | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) {
    const octets = text.split('.').map(Number);
    if (octets.some((o) => o > 255)) return undefined;
    return { width: 32, value: octets.reduce((acc, o) => (acc << 8n) | BigInt(o), 0n) };
  }
  if (!text.includes(':') || !/^[0-9a-fA-F:.]+$/.test(text)) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return undefined;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (all.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  return { width: 128, value: all.reduce((acc, g) => (acc << 16n) | BigInt(Number.parseInt(g, 16)), 0n) };
}
