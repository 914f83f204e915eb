import { Conflict, InvalidInput, NotFound } from '../../../shared/kernel/errors';
import { euros, formatMoney, MAX_CENTS } from '../../../shared/kernel/money';
import type { DossierStatus } from './dossier';
import type { ErasureRefusal } from './guest-erasure';

/** Also what another owner's file answers: whether it exists is none of their business. */
export class DossierNotFound extends NotFound {
  constructor(dossierId: string, field = 'id') {
    super('Booking file', dossierId, field);
  }
}

/** A move the lifecycle forbids, such as confirming a cancelled file. */
export class LifecycleForbids extends Conflict {
  constructor(action: string, status: DossierStatus) {
    super(`A ${status.toLowerCase()} booking file cannot be ${action}`);
  }
}

export class StayNotInDossier extends InvalidInput {
  constructor(field: string, accommodationId: string) {
    super(field, `the booking file has no stay in accommodation ${accommodationId}`);
  }
}

export class AccommodationAlreadyInDossier extends Conflict {
  constructor(accommodationId: string) {
    super(`input.accommodationId: the booking file already has a stay in accommodation ${accommodationId}; change that stay instead`, 'input.accommodationId');
  }
}

/** Which stay to change, when a file has several and the caller named none. */
export class StayNotNamed extends InvalidInput {
  constructor() {
    super('accommodationId', 'the booking file has several stays: name the accommodation whose stay changes');
  }
}

/** A change that would make the file owe less than nothing, or more than any amount may be. */
export class DossierTotalOutOfRange extends InvalidInput {
  constructor(field: string, totalCents: number) {
    super(field, `the booking file's total would be ${formatMoney(euros(totalCents))}; it must stay between 0.00 € and ${formatMoney(euros(MAX_CENTS))}`);
  }
}

/** A deposit's share of the accommodation prices must be from 0 % to 100 %, to the hundredth. */
export class DepositPercentOutOfRange extends InvalidInput {
  override readonly reason = 'DEPOSIT_PERCENT_OUT_OF_RANGE';

  constructor(field: string, value: number) {
    super(field, `must be a percentage from 0 to 100 with at most two decimals (got ${value})`);
  }
}

export const DUE_DATE_RULES = ['DEPOSIT_DUE_AFTER_BALANCE', 'DEPOSIT_DUE_AFTER_ARRIVAL', 'BALANCE_DUE_AFTER_DEPARTURE', 'DUE_DATE_IN_THE_PAST'] as const;

/** Due dates set by hand that do not hold together; `reason` names the rule broken. */
export class DueDatesIncoherent extends InvalidInput {
  constructor(
    field: string,
    problem: string,
    override readonly reason: (typeof DUE_DATE_RULES)[number],
  ) {
    super(field, problem);
  }
}

/** A discount may take off the accommodation prices, never more: supplements are not discounted. */
export class DiscountTooLarge extends InvalidInput {
  override readonly reason = 'DISCOUNT_TOO_LARGE';

  constructor(field: string, offCents: number, accommodationCents: number) {
    super(field, `a discount of ${formatMoney(euros(offCents))} would take off more than the accommodation prices (${formatMoney(euros(accommodationCents))}); supplements are never discounted`);
  }
}

/** A total asked for above what the file's lines come to: a discount only lowers it. */
export class TotalAboveLines extends InvalidInput {
  override readonly reason = 'TOTAL_ABOVE_LINES';

  constructor(field: string, linesCents: number) {
    super(field, `must not be above what the file's lines come to without a discount (${formatMoney(euros(linesCents))}): raise a stay's price or add a supplement instead`);
  }
}

/** The file's guest cannot be erased yet; `reason` says what stands in the way (see guest-erasure.ts). */
export class GuestErasureRefused extends Conflict {
  constructor(
    dossierId: string,
    override readonly reason: ErasureRefusal,
  ) {
    super(
      reason === 'STAY_TO_COME'
        ? `The guest of booking file ${dossierId} cannot be erased while a stay is to come`
        : `The guest of booking file ${dossierId} cannot be erased while money is owed on the file, either way`,
    );
  }
}

/** The file's guest was erased: it stays as it is, for the accounts. */
export class DossierErased extends Conflict {
  override readonly reason = 'GUEST_ERASED';

  constructor(dossierId: string) {
    super(`The guest of booking file ${dossierId} was erased: the file can no longer be changed`);
  }
}
