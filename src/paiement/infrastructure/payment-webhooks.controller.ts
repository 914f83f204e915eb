import { Controller, Header, HttpCode, Param, Post, Req, type RawBodyRequest } from '@nestjs/common';
import type { Request } from 'express';
import { Public } from '../../shared/auth/public.decorator';
import { PaymentWebhooks, type WebhookOutcome } from '../application/payment-webhooks';
import { WebhookRefused } from '../application/ports';

/**
 * `POST /payments/webhooks/:provider` (`stripe`, `local`): where providers tell of payments.
 * Public, and trusted only once the provider's signature checks out over the raw bytes received
 * (the app keeps them: `rawBody` in bootstrap.ts), never over a body parsed and written again.
 * Answers 200 to a payment recorded, recorded before, or not one we act on (so the provider stops
 * sending it); 400, recording nothing, to a signature that does not match or an owner it cannot
 * place; 404 to a provider we do not know.
 */
@Controller('payments/webhooks')
export class PaymentWebhooksController {
  constructor(private readonly webhooks: PaymentWebhooks) {}

  @Public()
  @Post(':provider')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  receive(@Param('provider') provider: string, @Req() request: RawBodyRequest<Request>): Promise<WebhookOutcome> {
    if (!request.rawBody) throw new WebhookRefused('the body must be JSON, sent with Content-Type: application/json');
    return this.webhooks.receive(provider, request.rawBody, request.headers);
  }
}
