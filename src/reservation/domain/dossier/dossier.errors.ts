import { Conflict, InvalidInput, NotFound } from '../../../shared/kernel/errors';
import { euros, formatMoney, MAX_CENTS } from '../../../shared/kernel/money';
import type { DossierStatus } from './dossier';

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
