import { Conflict, InvalidInput, NotFound } from '../../../shared/kernel/errors';
import { MAX_WEBHOOK_ENDPOINTS } from './endpoint-settings';

/** Another owner's endpoint does not exist for the caller either. */
export class WebhookEndpointNotFound extends NotFound {
  constructor(id: string) {
    super('Webhook endpoint', id, 'id');
  }
}

export class WebhookDeliveryNotFound extends NotFound {
  constructor(id: string) {
    super('Webhook delivery', id, 'deliveryId');
  }
}

export class TooManyWebhookEndpoints extends Conflict {
  constructor() {
    super(`An owner has at most ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints: remove one first`);
  }
}

/** A pending delivery is already on its way: sending it again would only race its own attempt. */
export class DeliveryStillPending extends Conflict {
  constructor() {
    super('deliveryId: this delivery is still being attempted; only a delivered or failed one is sent again', 'deliveryId');
  }
}

/** The guarded client would never send to this URL: said when it is typed, not at the first delivery. */
export class WebhookUrlRefused extends InvalidInput {
  constructor(reason: string) {
    super('url', `cannot receive webhooks: ${reason}`);
  }
}
