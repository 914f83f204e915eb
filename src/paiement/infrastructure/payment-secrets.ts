import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../shared/config/config';
import { Unavailable } from '../../shared/kernel/errors';
import type { SecretBox } from '../application/ports';
import type { ProviderSecrets } from '../domain/payment-provider/payment-provider';
import type { SealedSecrets } from '../domain/payment-provider/payment-provider.events';

/**
 * Each key is derived (HKDF-SHA256) from PAYMENT_SECRETS_KEY, or from the JWT secret when it is
 * unset, under a label of its own: the text an operator sets is turned into exactly 32 bytes,
 * and neither key says anything of the other or of the tokens' signing key.
 */
const LABELS = {
  sealing: 'osmb/paiement/provider-secrets/aes-256-gcm/v1',
  localWebhooks: 'osmb/paiement/local-provider/webhook-signing/v1',
} as const;

/** The keys Paiement holds, made once from the configuration. */
@Injectable()
export class PaymentKeys {
  readonly sealingKey: Buffer;
  /** Names the sealing key in what it sealed, without saying anything of it. */
  readonly sealingKeyId: string;
  /** The local test provider signs its notifications with this, in Standard Webhooks' `whsec_` form. */
  readonly localWebhookSecret: string;

  constructor(@Inject(RUNTIME_CONFIG) config: RuntimeConfig) {
    const material = config.paymentSecretsKey ?? config.jwtSecret;
    this.sealingKey = derive(material, LABELS.sealing);
    this.sealingKeyId = createHash('sha256').update(this.sealingKey).digest('hex').slice(0, 16);
    this.localWebhookSecret = `whsec_${derive(material, LABELS.localWebhooks).toString('base64')}`;
  }
}

const derive = (material: string, label: string): Buffer => Buffer.from(hkdfSync('sha256', Buffer.from(material, 'utf8'), Buffer.alloc(0), label, 32));

/** The sealed secrets were made under another PAYMENT_SECRETS_KEY (or JWT secret): only connecting again mends it. */
export class ProviderSecretsUnreadable extends Unavailable {
  constructor(reason: string) {
    super(`The payment provider's secrets cannot be read (${reason}): connect the provider again`);
  }
}

/**
 * AES-256-GCM with a fresh 96-bit IV each time. The owner's id is authenticated data, so a
 * sealed value moved into another owner's stream fails to open instead of lending them the keys.
 */
@Injectable()
export class AesGcmSecretBox implements SecretBox {
  constructor(private readonly keys: PaymentKeys) {}

  seal(ownerId: string, secrets: ProviderSecrets): SealedSecrets {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.sealingKey, iv);
    cipher.setAAD(boundTo(ownerId));
    const ciphertext = Buffer.concat([cipher.update(JSON.stringify({ secretKey: secrets.secretKey, webhookSecret: secrets.webhookSecret }), 'utf8'), cipher.final()]);
    return { keyId: this.keys.sealingKeyId, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), ciphertext: ciphertext.toString('base64') };
  }

  open(ownerId: string, sealed: SealedSecrets): ProviderSecrets {
    if (sealed.keyId !== this.keys.sealingKeyId) throw new ProviderSecretsUnreadable('they were sealed with another PAYMENT_SECRETS_KEY');
    let clear: string;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.keys.sealingKey, Buffer.from(sealed.iv, 'base64'));
      decipher.setAAD(boundTo(ownerId));
      decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
      clear = Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]).toString('utf8');
    } catch {
      throw new ProviderSecretsUnreadable('they do not authenticate');
    }
    const { secretKey, webhookSecret } = JSON.parse(clear) as ProviderSecrets;
    return { secretKey, webhookSecret };
  }
}

const boundTo = (ownerId: string): Buffer => Buffer.from(`payment-provider/${ownerId}`, 'utf8');
