import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/**
 * IANA hands out IPv6 global unicast from 2000::/3 only. ipaddr.js calls `unicast` whatever it
 * has no name for, which outside that block includes the deprecated IPv4-compatible `::a.b.c.d`.
 */
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');

/**
 * Addresses let through despite the rule, so tests can serve feeds from this machine. Entries
 * are IP addresses or CIDR ranges, never host names: a name would let through whatever it
 * resolves to, which is the very thing the rule checks.
 */
export class OutboundAllowList {
  static readonly none = new OutboundAllowList([]);

  private constructor(private readonly ranges: readonly [Address, number][]) {}

  static of(entries: readonly string[]): OutboundAllowList {
    return new OutboundAllowList(entries.map(rangeOf));
  }

  permits(address: Address): boolean {
    return this.ranges.some(([network, bits]) => network.kind() === address.kind() && address.match(network, bits));
  }
}

function rangeOf(entry: string): [Address, number] {
  if (ipaddr.isValidCIDR(entry)) return ipaddr.parseCIDR(entry);
  if (ipaddr.isValid(entry)) {
    const address = ipaddr.process(entry);
    return [address, address.kind() === 'ipv4' ? 32 : 128];
  }
  throw new Error(`outbound allow-list: "${entry}" is neither an IP address nor a CIDR range`);
}

/**
 * Why an owner-typed URL may not reach `address`: the ipaddr.js range it falls in (`loopback`,
 * `private`, `linkLocal` — which holds the cloud metadata service 169.254.169.254 —, `uniqueLocal`,
 * `carrierGradeNat`, `6to4`, …), or null when it is public unicast or allow-listed. An IPv4-mapped
 * IPv6 address is judged as the IPv4 address it reaches.
 */
export function forbiddenRangeOf(address: string, allow: OutboundAllowList = OutboundAllowList.none): string | null {
  let parsed: Address;
  try {
    parsed = ipaddr.process(address);
  } catch {
    return 'unparseable';
  }
  if (allow.permits(parsed)) return null;
  const range = parsed.range();
  if (range !== 'unicast') return range;
  if (parsed instanceof ipaddr.IPv6 && !parsed.match(GLOBAL_UNICAST_V6)) return 'reserved';
  return null;
}
