import { Inject, Injectable } from '@nestjs/common';
import { SealingKey, type SealedValue } from '../../shared/crypto/aes-gcm-sealing';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../shared/config/config';

/**
 * Webhook secrets sealed at rest (AES-256-GCM), since every delivery needs them back in clear.
 * The key comes from the same material as Paiement's (PAYMENT_SECRETS_KEY, else the JWT secret)
 * under a label of its own, and each secret is bound to its endpoint: one copied onto another row
 * fails to open.
 */
@Injectable()
export class WebhookSecrets {
  private readonly key: SealingKey;

  constructor(@Inject(RUNTIME_CONFIG) config: RuntimeConfig) {
    this.key = new SealingKey(config.paymentSecretsKey ?? config.jwtSecret, 'osmb/synchronisation/webhook-secrets/aes-256-gcm/v1');
  }

  seal(endpointId: string, secret: string): SealedValue {
    return this.key.seal(boundTo(endpointId), secret);
  }

  /** Throws SealedValueUnreadable when the key changed since: the owner rotates the secret to mend it. */
  open(endpointId: string, sealed: SealedValue): string {
    return this.key.open(boundTo(endpointId), sealed);
  }
}

const boundTo = (endpointId: string): string => `webhook-endpoint/${endpointId}`;
