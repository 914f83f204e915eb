import { KeyCache } from './key-cache';

const key = (n: number) => Buffer.alloc(32, n);

describe('the cache of open keys', () => {
  let now = 0;
  const clock = () => now;

  beforeEach(() => (now = 0));

  it('keeps an open key for its time only', () => {
    const cache = new KeyCache(10, 1000, clock);
    cache.keepOpen('s1', 'o1', key(1));
    now = 999;
    expect(cache.get('s1')).toMatchObject({ state: 'OPEN', ownerId: 'o1' });
    now = 1000;
    expect(cache.get('s1')).toBeUndefined();
  });

  it('never lets an open key replace an erasure, and keeps the erasure past any time', () => {
    const cache = new KeyCache(10, 1000, clock);
    cache.keepOpen('s1', 'o1', key(1));
    cache.keepErased('s1');
    cache.keepOpen('s1', 'o1', key(1));
    now = 1_000_000;
    expect(cache.get('s1')).toEqual({ state: 'ERASED' });
  });

  it('drops the least recently used first', () => {
    const cache = new KeyCache(2, 1000, clock);
    cache.keepOpen('s1', 'o1', key(1));
    cache.keepOpen('s2', 'o1', key(2));
    cache.get('s1');
    cache.keepOpen('s3', 'o1', key(3));
    expect([cache.get('s1')?.state, cache.get('s2'), cache.get('s3')?.state]).toEqual(['OPEN', undefined, 'OPEN']);
    expect(cache.size).toBe(2);
  });

  it('keeps no open key with no time to keep it', () => {
    const cache = new KeyCache(10, 0, clock);
    cache.keepOpen('s1', 'o1', key(1));
    expect(cache.get('s1')).toBeUndefined();
  });
});
