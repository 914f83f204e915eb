import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { handleCommand, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../shared/config/config';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { command } from '../../shared/kernel/message';
import { guardedPost } from '../../shared/outbound/guarded-fetch';
import { OutboundAllowList } from '../../shared/outbound/outbound-address';
import { OutboundFailed, OutboundRefused } from '../../shared/outbound/outbound-errors';
import { afterFailure, DEFAULT_RETRY_HOURS, endpointGivenUp } from '../domain/webhook/delivery-schedule';
import { lanes } from '../domain/webhook/delivery-order';
import { webhookEndpointDecider, webhookEndpointStream } from '../domain/webhook/webhook-endpoint.decider';
import { webhookSignature } from '../domain/webhook/webhook-signature';
import { PUBLIC_EVENT_WAKEUPS, type Wakeups } from './event-subscription';
import { IntegrationFeed } from './integration-feed';
import { WEBHOOK_DELIVERY_STORE, WEBHOOK_ENDPOINT_STORE, type ClaimedDelivery, type FanOutTarget, type WebhookDeliveryStore, type WebhookEndpointStore } from './webhook-ports';

const EVERY_MS = 1_000;
/** Events fanned out to one endpoint per transaction. */
const FAN_OUT_BATCH = 100;
/** Deliveries taken per look, and sent at once: a slow receiver holds one slot, not the others. */
const CLAIM_BATCH = 64;
const AT_ONCE = 16;
/** Deliveries of one lane sent in a row before its worker takes another lane. */
const LANE_TURN = 32;
/**
 * How long a taken delivery is left to its sender: past the 10 s an attempt may last, so that a
 * live sender is never overtaken, and soon enough that one that died is retried in a minute.
 */
const LEASE_MS = 60_000;

/**
 * Webhooks as an outbox (shared/DESIGN.md): each public event an endpoint wants becomes a
 * delivery row before anything is sent, then each due delivery is taken by one instance at a
 * time, sent signed, and retried with backoff until its window closes. Runs on every instance,
 * woken by new public events and every second at least; the claims make that safe.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WebhookDispatcher.name);
  private readonly stopping = new AbortController();
  private loop: Promise<void> = Promise.resolve();
  private readonly allow: OutboundAllowList;
  private readonly retryHours: number;

  constructor(
    @Inject(WEBHOOK_ENDPOINT_STORE) private readonly endpoints: WebhookEndpointStore,
    @Inject(WEBHOOK_DELIVERY_STORE) private readonly deliveries: WebhookDeliveryStore,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    private readonly feed: IntegrationFeed,
    @Inject(PUBLIC_EVENT_WAKEUPS) private readonly wakeups: Wakeups,
  ) {
    this.allow = OutboundAllowList.of(config.outboundAllow ?? []);
    this.retryHours = config.webhookRetryHours ?? DEFAULT_RETRY_HOURS;
  }

  onApplicationBootstrap(): void {
    const everyMs = this.config.webhookDispatchMs ?? EVERY_MS;
    // 0 or less: only when called by hand (tests move their clock and call runDue).
    if (everyMs > 0) this.loop = this.run(everyMs);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping.abort();
    await this.loop;
  }

  /**
   * Looks every `everyMs`, and at once when public events were written (here, or on another
   * instance through NOTIFY): a webhook leaves moments after its event, not at the next tick.
   * A run that fails is logged by its error's name alone, and the next tries again.
   */
  private async run(everyMs: number): Promise<void> {
    const listening = this.wakeups.subscribe();
    try {
      while (!this.stopping.signal.aborted) {
        const seen = this.wakeups.generation;
        await this.runDue().catch((error: unknown) => this.logger.warn(`Sending webhooks failed, trying again later: ${error instanceof Error ? error.name : 'error'}`));
        await this.wakeups.sleep(everyMs, seen, this.stopping.signal);
      }
    } finally {
      listening.end();
    }
  }

  /** Fans new events out, sends what is due, then disables the endpoints that failed for a whole window. Answers the deliveries attempted. */
  async runDue(): Promise<number> {
    await this.fanOut();
    const sent = await this.sendDue();
    await this.disableFailing();
    return sent;
  }

  /** Records, for every enabled endpoint, a delivery per event after its place that it wants. */
  async fanOut(): Promise<void> {
    for (const target of await this.endpoints.fanOutTargets()) {
      await this.fanOutTo(target).catch((error: unknown) => this.logger.warn(`Fanning out to webhook endpoint ${target.id} failed: ${error instanceof Error ? error.name : 'error'}`));
    }
  }

  private async fanOutTo(target: FanOutTarget): Promise<void> {
    const selection = { ownerId: target.ownerId, after: target.position, types: target.eventTypes, accommodationId: null, guests: target.includeGuestDetails };
    let position = target.position;
    for (;;) {
      // Read before the endpoint's row is locked: holding a transaction while another connection
      // reads would stall on the embedded database. The lock then checks the place did not move.
      const { events, positions } = await this.feed.next(selection, position, FAN_OUT_BATCH);
      const to = positions.at(-1);
      if (!to) return;
      const deliveries = events.map((event, i) => ({ id: randomUUID(), eventId: event.id, eventType: event.type, position: positions[i], body: JSON.stringify(event) }));
      if (!(await this.endpoints.fanOut(target.id, position, deliveries, to, this.clock.now()))) return;
      if (events.length < FAN_OUT_BATCH) return;
      position = to;
    }
  }

  /**
   * Sends the due deliveries: workers side by side, each taking a lane (an endpoint's deliveries
   * of one booking or accommodation) and sending it in feed order, claiming more when none is
   * left to take, until nothing is due. Answers the attempts made.
   */
  async sendDue(): Promise<number> {
    let attempted = 0;
    const queue: ClaimedDelivery[][] = [];
    let exhausted = false;
    let claiming: Promise<void> | null = null;
    const claim = async () => {
      const now = this.clock.now();
      const claimed = await this.deliveries.claimDue(now, new Date(now.getTime() + LEASE_MS), CLAIM_BATCH);
      if (claimed.length === 0) exhausted = true;
      queue.push(...lanes(claimed));
    };
    const worker = async () => {
      for (;;) {
        const lane = queue.shift();
        if (lane) {
          attempted += await this.sendLane(lane);
          continue;
        }
        if (exhausted) return;
        claiming ??= claim().finally(() => (claiming = null));
        await claiming;
      }
    };
    await Promise.all(Array.from({ length: AT_ONCE }, worker));
    return attempted;
  }

  /**
   * Sends a lane's claimed deliveries in order, then its next ones as soon as each is through
   * (not at the next claim: a busy booking or accommodation would move one event per claim), up
   * to a turn's worth, so that one busy lane never keeps the others waiting. Answers the attempts.
   */
  private async sendLane(lane: ClaimedDelivery[]): Promise<number> {
    let through = true;
    for (const delivery of lane) through = (await this.send(delivery)) && through;
    let attempts = lane.length;
    for (let last = lane[lane.length - 1]; through && attempts < LANE_TURN; attempts++) {
      const next = await this.nextOf(last);
      if (!next) break;
      through = await this.send(next);
      last = next;
    }
    return attempts;
  }

  private async nextOf(delivery: ClaimedDelivery): Promise<ClaimedDelivery | null> {
    const now = this.clock.now();
    const [next] = await this.deliveries.claimDue(now, new Date(now.getTime() + LEASE_MS), 1, { endpointId: delivery.endpointId, orderingKey: delivery.orderingKey });
    return next ?? null;
  }

  /** Sends one delivery and records how it went; true when the endpoint took it. */
  private async send(delivery: ClaimedDelivery): Promise<boolean> {
    const now = this.clock.now();
    let status: number | null = null;
    let error: string | undefined;
    if (delivery.secrets.length === 0) {
      error = 'the endpoint’s secret cannot be read since the platform’s key changed: rotate the secret';
    } else {
      const timestamp = Math.floor(now.getTime() / 1000);
      try {
        ({ status } = await guardedPost(delivery.url, delivery.body, {
          allow: this.allow,
          headers: {
            'content-type': 'application/json',
            'webhook-id': delivery.eventId,
            'webhook-timestamp': String(timestamp),
            'webhook-signature': webhookSignature(delivery.secrets, delivery.eventId, timestamp, delivery.body),
          },
        }));
      } catch (failure) {
        if (!(failure instanceof OutboundRefused || failure instanceof OutboundFailed)) throw failure;
        error = failure.message;
      }
      if (status !== null && status >= 200 && status < 300) {
        await this.deliveries.recordSuccess(delivery, status, this.clock.now());
        return true;
      }
    }
    const outcome = afterFailure(delivery.firstAttemptAt ?? now, delivery.runAttempts + 1, this.clock.now(), this.retryHours);
    await this.deliveries.recordFailure(delivery, status, error ?? `the endpoint answered ${status}`, outcome, this.clock.now());
    return false;
  }

  /** Once per disablement, by its event: the owner is told by Communication, which follows it. */
  private async disableFailing(): Promise<void> {
    const now = this.clock.now();
    const failing = await this.endpoints.failingSince(new Date(now.getTime() - this.retryHours * 3_600_000));
    for (const endpoint of failing.filter((e) => endpointGivenUp(e.failingSince, now, this.retryHours))) {
      await handleCommand(
        this.store,
        webhookEndpointStream(endpoint.id),
        webhookEndpointDecider,
        command('DisableWebhookEndpoint', { endpointId: endpoint.id, ownerId: endpoint.ownerId, host: new URL(endpoint.url).host, failingSince: endpoint.failingSince.toISOString(), disabledAt: now.toISOString() }),
        newCorrelation({ kind: 'system', id: 'webhooks' }, now),
      );
      await this.endpoints.disable(endpoint.id, now);
    }
  }
}
