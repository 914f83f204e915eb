import { forbiddenRangeOf, OutboundAllowList } from './outbound-address';

describe('the addresses an owner-typed URL may reach', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['fc00::1', 'uniqueLocal'],
    ['fd00::1', 'uniqueLocal'],
    ['169.254.169.254', 'linkLocal'],
    ['fe80::1', 'linkLocal'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['2002:7f00:1::1', '6to4'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'teredo'],
    ['64:ff9b::a00:1', 'rfc6052'],
    ['::7f00:1', 'reserved'],
  ])('refuses %s, a %s address', (address, range) => {
    expect(forbiddenRangeOf(address)).toBe(range);
  });

  it.each(['8.8.8.8', '93.184.215.14', '172.32.0.1', '100.128.0.1', '::ffff:8.8.8.8', '2606:4700:4700::1111', '2a00:1450:4007:80f::200e'])(
    'lets public unicast %s through',
    (address) => {
      expect(forbiddenRangeOf(address)).toBeNull();
    },
  );

  it('refuses what is not an address at all', () => {
    expect(forbiddenRangeOf('localhost')).toBe('unparseable');
  });
});

describe('the allow-list tests use', () => {
  it('lets through exactly the addresses and ranges it names', () => {
    const allow = OutboundAllowList.of(['127.0.0.1', '10.0.0.0/8']);
    expect(forbiddenRangeOf('127.0.0.1', allow)).toBeNull();
    expect(forbiddenRangeOf('10.200.0.1', allow)).toBeNull();
    expect(forbiddenRangeOf('127.0.0.2', allow)).toBe('loopback');
    expect(forbiddenRangeOf('192.168.0.1', allow)).toBe('private');
  });

  it('lets an IPv4-mapped address through as the IPv4 address it reaches, and no other family', () => {
    const allow = OutboundAllowList.of(['127.0.0.1']);
    expect(forbiddenRangeOf('::ffff:127.0.0.1', allow)).toBeNull();
    expect(forbiddenRangeOf('::1', allow)).toBe('loopback');
  });

  it('takes no host names, which would let through whatever they resolve to', () => {
    expect(() => OutboundAllowList.of(['localhost'])).toThrow(/neither an IP address nor a CIDR range/);
  });
});
