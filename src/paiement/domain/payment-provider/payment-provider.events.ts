import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { instantSchema } from '../../../shared/kernel/event-schemas';
import type { Event } from '../../../shared/kernel/message';
import { PAYMENT_PROVIDERS, type PaymentProviderName } from './payment-provider';

/**
 * A provider's secrets as stored: AES-256-GCM over their JSON, bound to the owner's id so that a
 * sealed value copied into another owner's stream does not open. Base64 throughout.
 */
export interface SealedSecrets {
  /** Which key sealed them (a digest of it), so that a changed key is told apart from tampering. */
  readonly keyId: string;
  readonly iv: string;
  readonly tag: string;
  readonly ciphertext: string;
}

/** The events of a `payment-provider-<ownerId>` stream: never a secret in clear. */
export interface PaymentProviderConnected {
  readonly ownerId: string;
  readonly provider: PaymentProviderName;
  readonly keyHint: string | null;
  /** Null for the local test provider, which has none. */
  readonly secrets: SealedSecrets | null;
  readonly connectedAt: string;
}

export interface PaymentProviderDisconnected {
  readonly ownerId: string;
  readonly disconnectedAt: string;
}

export type PaymentProviderEvent = Event<'PaymentProviderConnected', PaymentProviderConnected> | Event<'PaymentProviderDisconnected', PaymentProviderDisconnected>;

export const providerSchema = z.enum(PAYMENT_PROVIDERS);

const sealedSecretsSchema: z.ZodType<SealedSecrets> = z.object({ keyId: z.string(), iv: z.string(), tag: z.string(), ciphertext: z.string() });

export const paymentProviderEvents = eventCodec<PaymentProviderEvent>('payment-provider', {
  PaymentProviderConnected: {
    version: 1,
    schema: z.object({ ownerId: z.string(), provider: providerSchema, keyHint: z.string().nullable(), secrets: sealedSecretsSchema.nullable(), connectedAt: instantSchema }),
  },
  PaymentProviderDisconnected: { version: 1, schema: z.object({ ownerId: z.string(), disconnectedAt: instantSchema }) },
});
