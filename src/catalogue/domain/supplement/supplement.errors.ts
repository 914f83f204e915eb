import { Forbidden, NotFound } from '../../../shared/kernel/errors';

export class SupplementNotFound extends NotFound {
  constructor(supplementId: string) {
    super('Supplement', supplementId, 'id');
  }
}

export class NotYourSupplement extends Forbidden {
  constructor(supplementId: string) {
    super(`id: supplement ${supplementId} belongs to another owner`, 'id');
  }
}
