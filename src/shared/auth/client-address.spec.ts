import type { Request } from 'express';
import { clientAddressOf } from './client-address';

const from = (ip: string | undefined) => clientAddressOf({ ip, socket: {} } as Request);

describe('the client a request comes from', () => {
  it('is its IPv4 address', () => expect(from('203.0.113.9')).toBe('203.0.113.9'));

  it('is the IPv4 address inside an IPv4-mapped IPv6 one, so a dual-stack server counts one client once', () =>
    expect(from('::ffff:203.0.113.9')).toBe('203.0.113.9'));

  it.each([
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9%eth0', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['64:ff9b:1:2::192.0.2.1', '64:ff9b:1:2::/64'],
  ])('is the /64 of an IPv6 address: %s is %s', (ip, client) => expect(from(ip)).toBe(client));

  it('is one shared "unknown" when the address is gone (a closed socket)', () => expect(from(undefined)).toBe('unknown'));
});
