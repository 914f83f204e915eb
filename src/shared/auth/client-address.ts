import { isIPv6 } from 'node:net';
import type { Request } from 'express';

/**
 * The network client a request comes from, as the account throttle counts it. Express's `req.ip`
 * reads `X-Forwarded-For` only as far as the app's `trust proxy` setting allows, so a client
 * cannot name itself. An IPv6 client is counted by its /64, which one subscriber usually holds
 * whole: counting single addresses would give them billions of fresh budgets.
 */
export function clientAddressOf(request: Request): string {
  const ip = request.ip ?? request.socket.remoteAddress;
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1];
  return isIPv6(ip) ? `${ipv6Groups(ip).slice(0, 4).join(':')}::/64` : ip;
}

/** The eight groups of an IPv6 address, `::` expanded, zone dropped, lower-case, without leading zeros. */
function ipv6Groups(ip: string): string[] {
  const [head, tail] = ip.split('%')[0].toLowerCase().split('::');
  // A dotted IPv4 tail fills the last two groups; only the first four are ever read.
  const groupsOf = (part: string | undefined) => (part ? part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])) : []);
  const front = groupsOf(head);
  const back = groupsOf(tail);
  const missing = tail === undefined ? 0 : 8 - front.length - back.length;
  return [...front, ...Array<string>(missing).fill('0'), ...back].map((g) => g.replace(/^0+(?=.)/, ''));
}
