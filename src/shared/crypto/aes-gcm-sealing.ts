import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/** A secret as kept at rest: which key sealed it, and AES-256-GCM's IV, tag and ciphertext, in base64. */
export interface SealedValue extends AesGcmSealed {
  readonly keyId: string;
}

/**
 * 32 bytes derived (HKDF-SHA256) from the text an operator set, under a label of each use's own:
 * no key says anything of another, nor of the material it came from.
 */
export const derivedKey = (material: string, label: string): Buffer => Buffer.from(hkdfSync('sha256', Buffer.from(material, 'utf8'), Buffer.alloc(0), label, 32));

/** Why a sealed value does not open: sealed under another key, or changed (or moved) since. */
export class SealedValueUnreadable extends Error {
  constructor(readonly reason: 'ANOTHER_KEY' | 'NOT_AUTHENTIC') {
    super(reason === 'ANOTHER_KEY' ? 'sealed under another key' : 'does not authenticate');
    this.name = new.target.name;
  }
}

/** AES-256-GCM's output for one value, in base64: the IV, the tag and the ciphertext. */
export interface AesGcmSealed {
  readonly iv: string;
  readonly tag: string;
  readonly ciphertext: string;
}

/**
 * AES-256-GCM under a 32-byte key, with a fresh 96-bit IV each time. What the value is bound to
 * (its owner, its row, its place in an event) is authenticated data: a sealed value copied
 * elsewhere fails to open instead of lending its secret.
 */
export function sealAesGcm(key: Buffer, boundTo: string, clear: string): AesGcmSealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(boundTo, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(clear, 'utf8'), cipher.final()]);
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), ciphertext: ciphertext.toString('base64') };
}

/** Throws SealedValueUnreadable('NOT_AUTHENTIC') when the value, or what it is bound to, changed. */
export function openAesGcm(key: Buffer, boundTo: string, sealed: AesGcmSealed): string {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(Buffer.from(boundTo, 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new SealedValueUnreadable('NOT_AUTHENTIC');
  }
}

/** A key made from the text an operator set, sealing secrets at rest with `sealAesGcm`. */
export class SealingKey {
  readonly key: Buffer;
  /** Names the key in what it sealed, without saying anything of it. */
  readonly keyId: string;

  constructor(material: string, label: string) {
    this.key = derivedKey(material, label);
    this.keyId = createHash('sha256').update(this.key).digest('hex').slice(0, 16);
  }

  seal(boundTo: string, clear: string): SealedValue {
    return { keyId: this.keyId, ...sealAesGcm(this.key, boundTo, clear) };
  }

  /** Throws SealedValueUnreadable. */
  open(boundTo: string, sealed: SealedValue): string {
    if (sealed.keyId !== this.keyId) throw new SealedValueUnreadable('ANOTHER_KEY');
    return openAesGcm(this.key, boundTo, sealed);
  }
}
