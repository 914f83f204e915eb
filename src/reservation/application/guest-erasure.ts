import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { loadStream, type CommandContext, type StreamState } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { latestPosition, type Position } from '../../event-store/position';
import { NotFound } from '../../shared/kernel/errors';
import { isUuid } from '../../shared/kernel/ids';
import { command, type Actor } from '../../shared/kernel/message';
import { dossierDecider, dossierStream, type DossierCommand, type DossierState } from '../domain/dossier/dossier.decider';
import type { ErasureCause } from '../domain/dossier/guest-erasure';
import { DossierSteps } from './dossier-steps';

/** The directory names no such guest of the caller's: another owner's guest answers the same. */
export class GuestNotFound extends NotFound {
  constructor(guestId: string) {
    super('Guest', guestId, 'guestId');
  }
}

/**
 * The booking files of one guest of the owner's directory (see guest-identity.ts), deleted ones
 * aside: the read model's, which follows each file's guest within moments of a change.
 */
@Injectable()
export class GuestFiles {
  constructor(private readonly em: EntityManager) {}

  async of(ownerId: string, guestId: string): Promise<string[]> {
    if (!isUuid(guestId)) throw new GuestNotFound(guestId);
    const rows = await this.em.fork().execute<{ id: string }[]>('SELECT id FROM guest_directory_files WHERE owner_id = ? AND guest_id = ? ORDER BY created_at, id', [ownerId, guestId]);
    if (rows.length === 0) throw new GuestNotFound(guestId);
    return rows.map((row) => row.id);
  }
}

/** One file's guest erased, by the owner's request or by the retention sweep. */
@Injectable()
export class FileErasure {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly steps: DossierSteps,
  ) {}

  as(actor: Actor): CommandContext {
    return this.steps.as(actor);
  }

  /**
   * The erasure as the file's decider decides it on the file as it stands, deleted or erased ones
   * too (their events hold the guest as well): its refusal is thrown here, before anything is
   * written, and the file read is the one the erasure is then decided on.
   */
  async plan(ownerId: string, dossierId: string, cause: ErasureCause, context: CommandContext): Promise<PlannedErasure> {
    const known = await loadStream(this.store, dossierStream(dossierId), dossierDecider);
    const erase = command('EraseGuest', { dossierId, ownerId, cause, now: context.now.toISOString() });
    dossierDecider.decide(erase, known.state);
    return { erase, context, known };
  }

  /** Writes a planned erasure; a change made to the file since is decided on afresh. */
  async carry({ erase, context, known }: PlannedErasure): Promise<Position | null> {
    return (await this.steps.decide(erase, context, { known })).position;
  }

  async erase(ownerId: string, dossierId: string, cause: ErasureCause, actor: Actor): Promise<Position | null> {
    return this.carry(await this.plan(ownerId, dossierId, cause, this.as(actor)));
  }
}

interface PlannedErasure {
  readonly erase: DossierCommand;
  readonly context: CommandContext;
  readonly known: StreamState<DossierState>;
}

export interface GuestErasure {
  readonly guestId: string;
  readonly dossierIds: string[];
  readonly position: Position | null;
}

/** Erases a guest of the caller's directory from every file of theirs (RGPD art. 17). */
export class EraseGuest extends Command<GuestErasure> {
  constructor(
    readonly ownerId: string,
    readonly guestId: string,
  ) {
    super();
  }
}

/**
 * Every file of the guest is looked at before any is erased: while one has a stay to come or
 * money owed, none is, and the refusal says which and why. Each file is then erased by its own
 * decider, which checks again on the file as it stands: a change made in between (a stay added
 * in another tab) refuses that file, and those erased before it stay erased, as they may be;
 * erasing again finishes the rest. The keys of the erased files go right after (see
 * GuestErasurePolicy), and with them the guest from every event.
 */
@CommandHandler(EraseGuest)
export class EraseGuestHandler implements ICommandHandler<EraseGuest> {
  constructor(
    private readonly files: GuestFiles,
    private readonly erasure: FileErasure,
  ) {}

  async execute({ ownerId, guestId }: EraseGuest): Promise<GuestErasure> {
    const dossierIds = await this.files.of(ownerId, guestId);
    const context = this.erasure.as({ kind: 'owner', id: ownerId });
    const planned = await Promise.all(dossierIds.map((id) => this.erasure.plan(ownerId, id, 'REQUEST', context)));
    let position: Position | null = null;
    for (const erasure of planned) position = latestPosition(position, await this.erasure.carry(erasure));
    return { guestId, dossierIds, position };
  }
}

