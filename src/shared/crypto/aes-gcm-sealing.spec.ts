import { SealedValueUnreadable, SealingKey } from './aes-gcm-sealing';

const MATERIAL = 'a secrets key of at least thirty-two characters';

describe('secrets sealed at rest', () => {
  const key = new SealingKey(MATERIAL, 'test/label/v1');

  it('opens what it sealed, bound to the same thing', () => expect(key.open('row-1', key.seal('row-1', 'whsec_abc'))).toBe('whsec_abc'));

  it('refuses a value moved to another row', () => expect(() => key.open('row-2', key.seal('row-1', 'whsec_abc'))).toThrow(SealedValueUnreadable));

  it('derives another key under another label, and says a value was sealed under another key', () => {
    const other = new SealingKey(MATERIAL, 'test/other-label/v1');
    expect(other.key.equals(key.key)).toBe(false);
    expect(() => other.open('row-1', key.seal('row-1', 'whsec_abc'))).toThrow(expect.objectContaining({ reason: 'ANOTHER_KEY' }));
  });

  it('refuses a value changed at rest', () => {
    const sealed = key.seal('row-1', 'whsec_abc');
    const bytes = Buffer.from(sealed.ciphertext, 'base64');
    bytes[0] ^= 1;
    expect(() => key.open('row-1', { ...sealed, ciphertext: bytes.toString('base64') })).toThrow(expect.objectContaining({ reason: 'NOT_AUTHENTIC' }));
  });
});
