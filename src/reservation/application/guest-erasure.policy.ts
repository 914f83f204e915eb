import { Inject, Injectable } from '@nestjs/common';
import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Policy } from '../../event-store/policy/policy';
import { PERSONAL_DATA_KEYRING, type PersonalDataKeyring } from '../../event-store/personal-data/keyring';
import { IdempotencyKeys } from '../../shared/idempotency/idempotency-keys';
import { decodeGuestErased, erasedFileOf, GUEST_ERASED_TYPES, type GuestErasedEvent } from '../domain/guest-erasure-events';

/**
 * Once a file's guest is erased, the key that sealed their data in every event about the file
 * (the file's, its online booking's, its emails') is deleted for good: the data is then
 * unreadable wherever the events are, backups included. The answers kept for retried mutations
 * that named the file go too. Both are idempotent, so the event seen again changes nothing.
 */
@Injectable()
export class GuestErasurePolicy implements Policy<GuestErasedEvent> {
  static readonly NAME = 'guest-erasure';
  readonly name = GuestErasurePolicy.NAME;
  readonly handles = GUEST_ERASED_TYPES;
  readonly decode = decodeGuestErased;

  constructor(
    @Inject(PERSONAL_DATA_KEYRING) private readonly keyring: PersonalDataKeyring,
    private readonly idempotency: IdempotencyKeys,
  ) {}

  async react(e: DecodedEvent<GuestErasedEvent>): Promise<void> {
    const { ownerId } = e.data;
    const subject = erasedFileOf(e);
    await this.keyring.erase(ownerId, [subject]);
    await this.idempotency.forgetAnswersNaming(subject);
  }
}
