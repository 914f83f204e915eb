import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { CommandContext } from '../../event-store/command-handler';
import { DOSSIER_READER, type DossierReader, type ReminderDue } from '../../reservation/contracts';
import { daysBetween } from '../../shared/kernel/calendar-date';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { PeriodicTask } from '../../shared/scheduling/periodic-task';
import { MAX_REMINDER_DAYS } from '../domain/settings/email-settings';
import { DossierContexts } from './dossier-context';
import { DossierEmails } from './dossier-emails';
import { Outbox } from './outbox';
import { SENT_EMAILS, type SentEmails } from './ports';

const EVERY_MS = 15 * 60_000;
const BATCH = 200;

/**
 * Reminds guests of what they owe: when an option's deposit fell due unpaid (if the owner wants
 * that reminder), and a few days before the balance falls due (as many as the owner chose). Each
 * reminder is named by its file, its kind and its due date, so it is queued once per due date
 * however many instances run this and however often; a due date that moves earns a new one.
 * Days are counted where each file's accommodation is.
 */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ReminderScheduler.name);
  private readonly task = new PeriodicTask(this.logger, 'Reminders', () => this.remind());

  constructor(
    @Inject(DOSSIER_READER) private readonly dossiers: DossierReader,
    @Inject(SENT_EMAILS) private readonly sent: SentEmails,
    private readonly contexts: DossierContexts,
    private readonly emails: DossierEmails,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.task.start(EVERY_MS);
  }

  onModuleDestroy(): Promise<void> {
    return this.task.stop();
  }

  /** Queues the reminders due now; answers how many it queued. */
  async remind(): Promise<number> {
    const now = this.clock.now();
    let queued = 0;
    for (let offset = 0; ; offset += BATCH) {
      const candidates = await this.dossiers.dueForReminder(now, MAX_REMINDER_DAYS, BATCH, offset);
      queued += await this.remindAll(candidates, now);
      if (candidates.length < BATCH) return queued;
    }
  }

  private async remindAll(candidates: readonly ReminderDue[], now: Date): Promise<number> {
    const named = candidates.map((due) => {
      const cause = causeOf(due);
      return { due, cause, emailId: Outbox.idOf({ cause, recipient: 'GUEST', facts: { kind: kindOf(due), copy: false } }) };
    });
    const already = await this.sent.existing(named.map((n) => n.emailId));
    let queued = 0;
    for (const { due, cause, emailId } of named) {
      if (already.has(emailId)) continue;
      try {
        if (await this.remindOne(due, cause, now)) queued++;
      } catch (error) {
        // One file that cannot be read or written to never keeps every other guest from their reminder.
        this.logger.warn(`No reminder for booking file ${due.dossier.dossierId}: ${error instanceof Error ? error.name : 'error'}`);
      }
    }
    return queued;
  }

  private async remindOne(due: ReminderDue, cause: string, now: Date): Promise<boolean> {
    const context = await this.contexts.of(due.dossier.dossierId, now);
    if (!context) return false;
    const settings = context.settings.email;
    if (due.kind === 'DEPOSIT' && !settings.depositReminder) return false;
    if (due.kind === 'BALANCE' && (settings.balanceReminderDays === null || daysBetween(due.today, due.dossier.balanceDueDate) > settings.balanceReminderDays)) return false;
    const commandContext: CommandContext = { actor: { kind: 'system', id: 'reminders' }, now, correlationId: due.dossier.dossierId, causationId: null };
    await this.emails.toGuest(context, kindOf(due), cause, await this.emails.langFor(context), commandContext);
    return true;
  }
}

const kindOf = (due: ReminderDue) => (due.kind === 'DEPOSIT' ? 'DEPOSIT_REMINDER' : 'BALANCE_REMINDER');

const causeOf = (due: ReminderDue): string =>
  due.kind === 'DEPOSIT' ? depositReminderCause(due.dossier.dossierId, due.dossier.deposit.dueDate) : `reminder:${due.dossier.dossierId}:BALANCE:${due.dossier.balanceDueDate}`;

/** What names a file's deposit reminder for a due date: the reminder a release's notice sends is this very email. */
export const depositReminderCause = (dossierId: string, dueDate: string): string => `reminder:${dossierId}:DEPOSIT:${dueDate}`;
