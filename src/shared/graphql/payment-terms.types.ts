import { DEPOSIT_KINDS, PAYMENT_METHODS } from '../kernel/payment-terms';
import { enumType } from './enum-type';

export const DepositKindEnum = enumType(DEPOSIT_KINDS, 'DepositKind', 'ARRHES: the guest may withdraw by losing them, the owner by paying back double; ACOMPTE: commits both');

export const PaymentMethodEnum = enumType(
  PAYMENT_METHODS,
  'PaymentMethod',
  'CHEQUE (bank cheque), HOLIDAY_VOUCHERS (chèques vacances ANCV), TRANSFER, CASH, CARD (card number sent), ONLINE (card payment online)',
);
