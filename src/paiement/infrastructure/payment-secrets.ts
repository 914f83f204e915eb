import { Inject, Injectable } from '@nestjs/common';
import { derivedKey, SealedValueUnreadable, SealingKey } from '../../shared/crypto/aes-gcm-sealing';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../shared/config/config';
import { Unavailable } from '../../shared/kernel/errors';
import type { SecretBox } from '../application/ports';
import type { ProviderSecrets } from '../domain/payment-provider/payment-provider';
import type { SealedSecrets } from '../domain/payment-provider/payment-provider.events';

/**
 * Each key is derived from PAYMENT_SECRETS_KEY, or from the JWT secret when it is unset, under a
 * label of its own: the text an operator sets is turned into exactly 32 bytes, and neither key
 * says anything of the other or of the tokens' signing key.
 */
const LABELS = {
  sealing: 'osmb/paiement/provider-secrets/aes-256-gcm/v1',
  localWebhooks: 'osmb/paiement/local-provider/webhook-signing/v1',
} as const;

/** The keys Paiement holds, made once from the configuration. */
@Injectable()
export class PaymentKeys {
  readonly sealing: SealingKey;
  /** The local test provider signs its notifications with this, in Standard Webhooks' `whsec_` form. */
  readonly localWebhookSecret: string;

  constructor(@Inject(RUNTIME_CONFIG) config: RuntimeConfig) {
    const material = config.paymentSecretsKey ?? config.jwtSecret;
    this.sealing = new SealingKey(material, LABELS.sealing);
    this.localWebhookSecret = `whsec_${derivedKey(material, LABELS.localWebhooks).toString('base64')}`;
  }

  get sealingKey(): Buffer {
    return this.sealing.key;
  }
}

/** The sealed secrets were made under another PAYMENT_SECRETS_KEY (or JWT secret): only connecting again mends it. */
export class ProviderSecretsUnreadable extends Unavailable {
  constructor(reason: string) {
    super(`The payment provider's secrets cannot be read (${reason}): connect the provider again`);
  }
}

/**
 * Sealed with AES-256-GCM (shared/crypto). The owner's id is authenticated data, so a sealed value
 * moved into another owner's stream fails to open instead of lending them the keys.
 */
@Injectable()
export class AesGcmSecretBox implements SecretBox {
  constructor(private readonly keys: PaymentKeys) {}

  seal(ownerId: string, secrets: ProviderSecrets): SealedSecrets {
    return this.keys.sealing.seal(boundTo(ownerId), JSON.stringify({ secretKey: secrets.secretKey, webhookSecret: secrets.webhookSecret }));
  }

  open(ownerId: string, sealed: SealedSecrets): ProviderSecrets {
    let clear: string;
    try {
      clear = this.keys.sealing.open(boundTo(ownerId), sealed);
    } catch (error) {
      if (!(error instanceof SealedValueUnreadable)) throw error;
      throw new ProviderSecretsUnreadable(error.reason === 'ANOTHER_KEY' ? 'they were sealed with another PAYMENT_SECRETS_KEY' : 'they do not authenticate');
    }
    const { secretKey, webhookSecret } = JSON.parse(clear) as ProviderSecrets;
    return { secretKey, webhookSecret };
  }
}

const boundTo = (ownerId: string): string => `payment-provider/${ownerId}`;
