import { newGuestToken, readGuestToken, sameTokenHash } from './guest-token';

const ID = '0b9f3c2e-5d1a-4c7b-9e8f-1a2b3c4d5e6f';

describe('A guest’s link to their booking', () => {
  it('carries the booking’s id and a secret whose digest alone is kept', () => {
    const { token, tokenHash } = newGuestToken(ID);
    expect(token).toMatch(/^gb_0b9f3c2e5d1a4c7b9e8f1a2b3c4d5e6f[A-Za-z0-9_-]{43}$/);
    expect(token).not.toContain(tokenHash);
    expect(readGuestToken(token)).toEqual({ guestBookingId: ID, tokenHash });
    expect(sameTokenHash(readGuestToken(token)?.tokenHash ?? '', tokenHash)).toBe(true);
  });

  it('is new each time, so two bookings never share a link', () => expect(newGuestToken(ID).token).not.toBe(newGuestToken(ID).token));

  it('tells a tampered secret apart', () => {
    const { token, tokenHash } = newGuestToken(ID);
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(sameTokenHash(readGuestToken(token.slice(0, -1) + last)?.tokenHash ?? '', tokenHash)).toBe(false);
  });

  it.each(['', 'gb_', `gb_${'0'.repeat(32)}`, `xx_${'0'.repeat(32)}${'a'.repeat(43)}`, `gb_${'g'.repeat(32)}${'a'.repeat(43)}`, `gb_${'0'.repeat(32)}${'a'.repeat(44)}`])(
    'reads %p as no link of ours',
    (token) => expect(readGuestToken(token)).toBeNull(),
  );

  it('never calls two digests of different lengths, or empty ones, the same', () => {
    expect(sameTokenHash('', '')).toBe(false);
    expect(sameTokenHash('abcd', 'abcdef')).toBe(false);
  });
});
