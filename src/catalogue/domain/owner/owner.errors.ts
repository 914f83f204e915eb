import { Conflict, InvalidInput, NotFound, TooManyRequests } from '../../../shared/kernel/errors';
import { waitPhrase } from '../../../shared/kernel/attempt-limits';

export class EmailAlreadyInUse extends Conflict {
  constructor(field: string) {
    super(`${field}: an account already uses this email address`, field);
  }
}

export class WrongCurrentPassword extends InvalidInput {
  constructor() {
    super('currentPassword', 'is not the current password');
  }
}

export class OwnerAlreadySignedUp extends Conflict {
  constructor(ownerId: string) {
    super(`Owner ${ownerId} already exists`);
  }
}

export class OwnerNotFound extends NotFound {
  constructor(ownerId: string) {
    super('Owner', ownerId);
  }
}

export class OwnerHasNoNumber extends Conflict {
  constructor(ownerId: string) {
    super(`Owner ${ownerId} has no owner number yet`);
  }
}

/** The refusals of the account throttle (account-throttle.ts), each naming the wait. */
export class TooManyLogInAttempts extends TooManyRequests {
  constructor(waitMs: number) {
    super(`Too many failed log-in attempts: try again in ${waitPhrase(waitMs)}`);
  }
}

export class TooManySignUps extends TooManyRequests {
  constructor(waitMs: number) {
    super(`Too many accounts opened from this network: try again in ${waitPhrase(waitMs)}`);
  }
}

export class TooManyWrongCurrentPasswords extends TooManyRequests {
  constructor(waitMs: number) {
    super(`currentPassword: too many wrong attempts: try again in ${waitPhrase(waitMs)}`, 'currentPassword');
  }
}
