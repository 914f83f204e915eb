import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A delivery the receiver accepted: its headers as sent, and the event it carried. */
export interface ReceivedWebhook {
  readonly id: string;
  readonly timestamp: string;
  readonly signature: string;
  readonly body: string;
  /** When its body was read whole (Date.now()). */
  readonly receivedAt: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read events field by field
  readonly event: Record<string, any>;
}

/**
 * An integrator's webhook receiver on 127.0.0.1, as the tests script it: down (nothing listens,
 * so connections are refused), answering an error, hanging, or accepting. It verifies every signature the
 * way Standard Webhooks says, with node:crypto alone, and accepts each webhook-id once.
 */
export class WebhookReceiver {
  /** Accepted deliveries, in the order they came, each webhook-id once. */
  readonly accepted: ReceivedWebhook[] = [];
  /** Every request that reached it, refused ones too. */
  readonly requests: ReceivedWebhook[] = [];
  /** Deliveries that came again after being accepted (a redelivery, or a retry whose answer was lost). */
  readonly duplicates: ReceivedWebhook[] = [];
  secrets: string[] = [];
  status = 200;
  /** Takes requests in and never answers them: a sender caught in the middle of an attempt. */
  hang = false;
  private server: Server | null = null;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  async up(): Promise<this> {
    this.server = createServer((request, response) => {
      void this.read(request).then((webhook) => {
        this.requests.push(webhook);
        if (this.hang) return;
        if (!this.verifies(webhook)) return response.writeHead(401).end('bad signature');
        if (this.status < 200 || this.status > 299) return response.writeHead(this.status).end('not now');
        if (this.accepted.some((a) => a.id === webhook.id)) this.duplicates.push(webhook);
        else this.accepted.push(webhook);
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Stops listening, keeping the port for `up()`: deliveries meanwhile are refused a connection. */
  async down(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
    this.server = null;
  }

  /** Whether some `v1,` signature of the header is the HMAC of `id.timestamp.body` under some known secret. */
  verifies(webhook: ReceivedWebhook): boolean {
    return this.secrets.some((secret) => signaturesOf(webhook).some((signature) => matches(signature, expectedSignature(secret, webhook))));
  }

  private async read(request: IncomingMessage): Promise<ReceivedWebhook> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const header = (name: string) => String(request.headers[name] ?? '');
    return { id: header('webhook-id'), timestamp: header('webhook-timestamp'), signature: header('webhook-signature'), body, receivedAt: Date.now(), event: JSON.parse(body) as Record<string, unknown> };
  }
}

/** The base64 signatures of a `webhook-signature` header: `v1,<a> v1,<b>`. */
export const signaturesOf = (webhook: Pick<ReceivedWebhook, 'signature'>): string[] =>
  webhook.signature
    .split(' ')
    .filter((part) => part.startsWith('v1,'))
    .map((part) => part.slice(3));

export const expectedSignature = (secret: string, webhook: Pick<ReceivedWebhook, 'id' | 'timestamp' | 'body'>): string =>
  createHmac('sha256', Buffer.from(secret.replace(/^whsec_/, ''), 'base64')).update(`${webhook.id}.${webhook.timestamp}.${webhook.body}`).digest('base64');

const matches = (a: string, b: string): boolean => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
