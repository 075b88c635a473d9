import { forbiddenAddressReason, hostAddress, isLoopbackAddress } from './ip-address';

export interface EgressPolicyOptions {
  /** Host names (lower case, no port) outbound calls may reach. */
  allowedHosts: readonly string[];
  /** Where the allow-list is configured, named in refusals. */
  allowListSource: string;
  /** Tests only: also http and loopback addresses (a local stand-in server); refused in production by the config. */
  allowInsecureLoopback: boolean;
}

/**
 * Where outbound HTTP may go: https to an allow-listed host whose every address is public. With the
 * test-only escape, http and loopback hosts and addresses too (and nothing else private).
 */
export class EgressPolicy {
  private readonly allowed: ReadonlySet<string>;

  constructor(private readonly options: EgressPolicyOptions) {
    this.allowed = new Set(options.allowedHosts.map((host) => host.toLowerCase()));
  }

  /** The URL when it may be called, else why not (a sentence fragment: "must use https"). */
  checkUrl(value: string): { url: URL } | { error: string } {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return { error: 'must be an absolute URL' };
    }
    if (url.username || url.password) return { error: 'must not carry credentials' };
    const loopbackEscape = this.options.allowInsecureLoopback && (url.hostname === 'localhost' || isLoopbackAddress(url.hostname));
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopbackEscape)) return { error: 'must use https' };
    if (loopbackEscape) return { url };
    const address = hostAddress(url.hostname);
    if (address !== undefined) {
      const reason = forbiddenAddressReason(address);
      return { error: reason ? `must not name a ${reason} address` : `must name an allowed host, not an IP address (${this.options.allowListSource})` };
    }
    if (!this.allowed.has(url.hostname)) {
      return { error: `host ${url.hostname} is not allowed (allowed: ${[...this.allowed].join(', ')}; add others to ${this.options.allowListSource})` };
    }
    return { url };
  }

  /** Why a resolved or connected address must not be reached, or undefined when it may. */
  checkAddress(address: string): string | undefined {
    if (this.options.allowInsecureLoopback && isLoopbackAddress(address)) return undefined;
    const reason = forbiddenAddressReason(address);
    return reason && `${address} is a ${reason} address`;
  }
}
