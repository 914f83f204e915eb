import { givenDecider } from '../../../../test/support/decider-spec';
import { fold } from '../../../shared/kernel/decider';
import { command, event } from '../../../shared/kernel/message';
import { euros } from '../../../shared/kernel/money';
import {
  onlinePaymentDecider,
  onlinePaymentIdOf,
  OnlinePaymentNotFound,
  OnlinePaymentRefundedBeforeSettling,
  OnlinePaymentSettledElsewhere,
  refundableOf,
  RefundOverOnlinePayment,
  restRefundIdOf,
  type OnlinePaymentEvent,
  type OnlinePaymentState,
} from './online-payment.decider';
import { onlinePaymentStream, type OnlinePaymentRefunded, type OnlinePaymentSucceeded } from './online-payment.events';

const ID = onlinePaymentIdOf('STRIPE', 'pi_3PqRsT');
const PAID: OnlinePaymentSucceeded = {
  onlinePaymentId: ID,
  ownerId: 'owner-1',
  provider: 'STRIPE',
  providerPaymentId: 'pi_3PqRsT',
  reference: 'checkout-1',
  amount: euros(15_000),
  paidAt: '2026-06-01T10:04:00.000Z',
};

const given = givenDecider(onlinePaymentDecider);
const succeeded: OnlinePaymentEvent = event('OnlinePaymentSucceeded', PAID);
const settled = (dossierId: string): OnlinePaymentEvent => event('OnlinePaymentSettled', { onlinePaymentId: ID, ownerId: 'owner-1', dossierId });
const refund = (refundId: string, cents: number): Omit<OnlinePaymentRefunded, 'ownerId'> => ({ onlinePaymentId: ID, refundId, amount: euros(cents), reason: 'Stay shortened', providerRefundId: `re_${refundId}` });
const refunded = (refundId: string, cents: number): OnlinePaymentEvent => event('OnlinePaymentRefunded', { ...refund(refundId, cents), ownerId: 'owner-1' });

describe('An online payment', () => {
  it('is recorded once the provider says it was paid', () => given([]).when(command('RecordOnlinePayment', PAID)).then([succeeded]));

  it('records nothing when the provider says it again', () => given([succeeded]).when(command('RecordOnlinePayment', { ...PAID, paidAt: '2026-06-01T11:00:00.000Z' })).thenNothing());

  it('names the same payment of a provider the same, and another provider’s differently', () => {
    expect(onlinePaymentIdOf('STRIPE', 'pi_3PqRsT')).toBe(ID);
    expect(onlinePaymentIdOf('LOCAL', 'pi_3PqRsT')).not.toBe(ID);
    expect(onlinePaymentStream(ID)).toBe(`online-payment-${ID}`);
  });

  describe('settled into a booking file', () => {
    it('goes into the file it paid for', () => given([succeeded]).when(command('SettleOnlinePayment', { onlinePaymentId: ID, dossierId: 'dossier-1' })).then([settled('dossier-1')]));

    it('records nothing when settled into the same file again', () => given([succeeded, settled('dossier-1')]).when(command('SettleOnlinePayment', { onlinePaymentId: ID, dossierId: 'dossier-1' })).thenNothing());

    it('refuses another file once in one', () =>
      given([succeeded, settled('dossier-1')]).when(command('SettleOnlinePayment', { onlinePaymentId: ID, dossierId: 'dossier-2' })).thenThrows(OnlinePaymentSettledElsewhere, { code: 'CONFLICT' }));

    it('refuses money already given back', () =>
      given([succeeded, refunded(restRefundIdOf(ID), 15_000)]).when(command('SettleOnlinePayment', { onlinePaymentId: ID, dossierId: 'dossier-1' })).thenThrows(OnlinePaymentRefundedBeforeSettling));

    it('refuses a payment the provider never reported', () =>
      given([]).when(command('SettleOnlinePayment', { onlinePaymentId: ID, dossierId: 'dossier-1' })).thenThrows(OnlinePaymentNotFound, { code: 'NOT_FOUND' }));
  });

  describe('given back', () => {
    it('records a refund', () => given([succeeded, settled('d')]).when(command('RefundOnlinePayment', refund('r1', 5_000))).then([refunded('r1', 5_000)]));

    it('records nothing for a refund it already has, as a retry after a crash asks', () =>
      given([succeeded, settled('d'), refunded('r1', 5_000)]).when(command('RefundOnlinePayment', refund('r1', 5_000))).thenNothing());

    it('refuses giving back more than is left, saying how much is', () =>
      given([succeeded, refunded('r1', 5_000)])
        .when(command('RefundOnlinePayment', refund('r2', 10_001)))
        .thenThrows(RefundOverOnlinePayment, { code: 'BAD_USER_INPUT', field: 'input.cents', message: 'input.cents: at most 100.00 € can go back through the payment provider' }));

    it('gives back all that is left', () => given([succeeded, refunded('r1', 5_000)]).when(command('RefundOnlinePayment', refund('r2', 10_000))).then([refunded('r2', 10_000)]));

    it('keeps what is left to give back', () => expect(refundableOf(fold(onlinePaymentDecider, [succeeded, refunded('r1', 5_000), refunded('r2', 2_500)]) as OnlinePaymentState)).toEqual(euros(7_500)));

    it('names the refund of what is left from the payment alone, so a retry finds it', () => expect(restRefundIdOf(ID)).toBe(restRefundIdOf(onlinePaymentIdOf('STRIPE', 'pi_3PqRsT'))));
  });
});
