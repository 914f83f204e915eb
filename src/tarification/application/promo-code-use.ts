import { Inject, Injectable } from '@nestjs/common';
import { handleCommand, type CommandContext } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { command } from '../../shared/kernel/message';
import type { PromoCodeUse } from '../contracts';
import { promoCodesDecider, promoCodesStream, type PromoCodesCommand } from '../domain/promo-codes/promo-codes.decider';

/** The owner's codes are one stream, so two bookings racing for a single-use code cannot both win. */
@Injectable()
export class PromoCodeUseImpl implements PromoCodeUse {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  consume(ownerId: string, promoCodeId: string, dossierId: string, context: CommandContext): Promise<void> {
    return this.decide(ownerId, command('ConsumePromoCode', { promoCodeId, ownerId, dossierId }), context);
  }

  release(ownerId: string, promoCodeId: string, dossierId: string, context: CommandContext): Promise<void> {
    return this.decide(ownerId, command('ReleasePromoCode', { promoCodeId, ownerId, dossierId }), context);
  }

  /** Every booking with one of the owner's codes writes to this one stream: it may be tried often. */
  private async decide(ownerId: string, codeCommand: PromoCodesCommand, context: CommandContext): Promise<void> {
    await handleCommand(this.store, promoCodesStream(ownerId), promoCodesDecider, codeCommand, context, { maxAttempts: 50 });
  }
}
