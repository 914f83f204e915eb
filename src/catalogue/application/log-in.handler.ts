import { createHash, randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { loadState } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { TokenService } from '../../shared/auth/token.service';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { Unauthenticated } from '../../shared/kernel/errors';
import { emailClaimDecider, emailClaimStream } from '../domain/owner/email-claim.decider';
import { parseEmail } from '../../shared/kernel/email';
import { ownerDecider, ownerStream } from '../domain/owner/owner.decider';
import { LOGIN_THROTTLE, PASSWORD_HASHER, type LoginThrottle, type PasswordHasher } from './ports';

export class LogIn extends Command<{ ownerId: string; token: string }> {
  constructor(
    readonly email: string,
    readonly password: string,
    readonly clientAddress: string,
  ) {
    super();
  }
}


/** Log-in reads the event streams, not a read model: a fresh account can log in at once. */
@CommandHandler(LogIn)
export class LogInHandler implements ICommandHandler<LogIn> {
  // Verifying against a decoy when the address is unknown keeps both answers equally slow.
  private decoyHash: Promise<string> | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(LOGIN_THROTTLE) private readonly throttle: LoginThrottle,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly tokens: TokenService,
  ) {}

  async execute({ email: rawEmail, password, clientAddress }: LogIn): Promise<{ ownerId: string; token: string }> {
    const email = parseEmail('email', rawEmail);
    const keys = [`email:${createHash('sha256').update(email.normalized).digest('hex')}`, `client:${clientAddress}`];
    const now = this.clock.now();
    await this.throttle.assertAllowed(keys, now);

    const claim = await loadState(this.store, emailClaimStream(email), emailClaimDecider);
    const owner = claim.ownerId ? await loadState(this.store, ownerStream(claim.ownerId), ownerDecider) : null;
    this.decoyHash ??= this.hasher.hash(randomUUID());
    const hash = owner?.status === 'registered' ? owner.passwordHash : await this.decoyHash;
    const matches = await this.hasher.verify(hash, password);
    if (!matches || owner?.status !== 'registered') {
      await this.throttle.recordFailure(keys, now);
      throw new Unauthenticated('The email address or the password is wrong');
    }
    await this.throttle.recordSuccess(keys.slice(0, 1));
    return { ownerId: owner.ownerId, token: await this.tokens.issue(owner.ownerId) };
  }
}
