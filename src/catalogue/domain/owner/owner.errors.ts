import { Conflict, InvalidInput, NotFound } from '../../../shared/kernel/errors';

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
