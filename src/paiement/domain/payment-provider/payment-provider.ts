import { InvalidInput, Unavailable } from '../../../shared/kernel/errors';

/** The providers an owner may connect: Stripe, or the local test provider of a newcomer's start. */
export const PAYMENT_PROVIDERS = ['STRIPE', 'LOCAL'] as const;
export type PaymentProviderName = (typeof PAYMENT_PROVIDERS)[number];

/** The secrets a provider needs, in clear: they live only in memory, and sealed in events. */
export interface ProviderSecrets {
  /** The API key that opens payment pages and refunds (`sk_…` or a restricted `rk_…`). */
  readonly secretKey: string;
  /** What the provider signs its notifications with (`whsec_…`). */
  readonly webhookSecret: string;
}

export interface ProviderConnectionInput {
  readonly provider: string;
  readonly secretKey?: string | null;
  readonly webhookSecret?: string | null;
}

/** A connection as checked, with the hint an owner recognises their key by. */
export interface ProviderCredentials {
  readonly provider: PaymentProviderName;
  readonly secrets: ProviderSecrets | null;
  /** `sk_test_…a1b2`: enough to tell two keys apart, too little to use one. */
  readonly keyHint: string | null;
}

const STRIPE_SECRET_KEY = /^(sk|rk)_(test|live)_[0-9A-Za-z]{10,250}$/;
const STRIPE_WEBHOOK_SECRET = /^whsec_[0-9A-Za-z+/=]{10,250}$/;

/** The local provider takes no money: in production, a guest "paying" there would book for free. */
export class LocalProviderInProduction extends InvalidInput {
  constructor(field: string) {
    super(field, 'the LOCAL test provider takes no real money and cannot be connected in production: connect STRIPE');
  }
}

/**
 * Checks what an owner typed to connect a provider, naming the field at fault. Messages never
 * repeat a secret: answers and logs must not carry one.
 */
export function providerCredentials(prefix: string, input: ProviderConnectionInput, options: { production: boolean }): ProviderCredentials {
  const at = (field: string) => `${prefix}.${field}`;
  switch (input.provider) {
    case 'LOCAL':
      if (options.production) throw new LocalProviderInProduction(at('provider'));
      if (input.secretKey || input.webhookSecret) throw new InvalidInput(at(input.secretKey ? 'secretKey' : 'webhookSecret'), 'the LOCAL test provider takes no secret: leave it out');
      return { provider: 'LOCAL', secrets: null, keyHint: null };
    case 'STRIPE': {
      const secretKey = input.secretKey?.trim() ?? '';
      const webhookSecret = input.webhookSecret?.trim() ?? '';
      if (!STRIPE_SECRET_KEY.test(secretKey)) throw new InvalidInput(at('secretKey'), "must be a Stripe secret key (sk_live_…, sk_test_…) or restricted key (rk_…), from your Stripe dashboard's API keys");
      if (!STRIPE_WEBHOOK_SECRET.test(webhookSecret)) throw new InvalidInput(at('webhookSecret'), "must be the signing secret (whsec_…) of your Stripe webhook endpoint");
      return { provider: 'STRIPE', secrets: { secretKey, webhookSecret }, keyHint: keyHint(secretKey) };
    }
    default:
      throw new InvalidInput(at('provider'), `must be one of ${PAYMENT_PROVIDERS.join(', ')}`);
  }
}

/** `sk_test_51Hx…a1b2` → `sk_test_…a1b2`. */
export function keyHint(secretKey: string): string {
  const prefix = /^[a-z]+_[a-z]+_/.exec(secretKey)?.[0] ?? '';
  return `${prefix}…${secretKey.slice(-4)}`;
}

/** A guest cannot pay the owner online: no provider is connected, or the owner turned online payment off. */
export class OnlinePaymentUnavailable extends Unavailable {
  constructor(reason: string) {
    super(`Online payment is not available: ${reason}`);
  }
}
