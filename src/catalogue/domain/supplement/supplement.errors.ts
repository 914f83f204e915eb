import { NotFound } from '../../../shared/kernel/errors';

export class SupplementNotFound extends NotFound {
  constructor(supplementId: string) {
    super('Supplement', supplementId, 'id');
  }
}

/** Another owner's supplement answers exactly as an unknown one: probing ids teaches nothing. */
export class NotYourSupplement extends SupplementNotFound {}
