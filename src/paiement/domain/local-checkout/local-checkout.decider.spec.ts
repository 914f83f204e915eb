import { givenDecider } from '../../../../test/support/decider-spec';
import { command, event } from '../../../shared/kernel/message';
import { euros } from '../../../shared/kernel/money';
import { localCheckoutDecider, localCheckoutIdOf, localCheckoutStream } from './local-checkout.decider';
import type { LocalCheckoutStarted } from './local-checkout.events';

const SESSION: LocalCheckoutStarted = {
  sessionId: localCheckoutIdOf('owner-1', 'checkout-1'),
  ownerId: 'owner-1',
  reference: 'checkout-1',
  amount: euros(15_000),
  description: 'Arrhes — Gîte des Tilleuls',
  customerEmail: 'claire@example.fr',
  lang: 'FR',
  returnUrl: 'https://gite.fr/reservation',
  expiresAt: '2026-06-01T10:30:00.000Z',
};

describe('A local test payment page', () => {
  const given = givenDecider(localCheckoutDecider);

  it('opens with what it shows and where the guest goes back', () => given([]).when(command('StartLocalCheckout', SESSION)).then([event('LocalCheckoutStarted', SESSION)]));

  it('stays as first opened when the same reference asks again, as Stripe’s idempotency key does', () =>
    given([event('LocalCheckoutStarted', SESSION)]).when(command('StartLocalCheckout', { ...SESSION, amount: euros(1) })).thenNothing());

  it('is named from the owner and the reference', () => {
    expect(localCheckoutIdOf('owner-1', 'checkout-1')).toBe(SESSION.sessionId);
    expect(localCheckoutIdOf('owner-2', 'checkout-1')).not.toBe(SESSION.sessionId);
    expect(localCheckoutStream(SESSION.sessionId)).toBe(`local-checkout-${SESSION.sessionId}`);
  });
});
