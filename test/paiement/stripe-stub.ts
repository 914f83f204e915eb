import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** A recorded Stripe object or event, with its placeholders (`__OWNER_ID__`…) filled in. */
export function stripeFixture(name: string, values: Record<string, string> = {}): string {
  const recorded = readFileSync(join(__dirname, '..', 'fixtures', 'stripe', `${name}.json`), 'utf8');
  return Object.entries(values).reduce((text, [key, value]) => text.replaceAll(`__${key}__`, value), recorded);
}

export interface StubRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** The form Stripe's client sends, keys as it writes them (`line_items[0][price_data][unit_amount]`). */
  readonly form: Record<string, string>;
}

type Answer = { status: number; body: string };

/**
 * Stripe's API as a local node:http server: every request is kept for the test to read, and
 * answered by the route the test set for `METHOD /path`, from recorded JSON.
 */
export class StripeStub {
  readonly requests: StubRequest[] = [];
  private readonly routes = new Map<string, (request: StubRequest) => Answer>();
  private readonly server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: StubRequest = {
        method: req.method ?? 'GET',
        path: (req.url ?? '/').split('?')[0],
        headers: req.headers,
        form: Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))),
      };
      this.requests.push(request);
      const route = this.routes.get(`${request.method} ${request.path}`);
      const answer = route ? route(request) : { status: 404, body: JSON.stringify({ error: { message: `Unrecognized request URL (${request.method}: ${request.path})`, type: 'invalid_request_error' } }) };
      res.writeHead(answer.status, { 'content-type': 'application/json', 'request-id': `req_stub${this.requests.length}` }).end(answer.body);
    });
  });

  on(route: string, answer: (request: StubRequest) => Answer): void {
    this.routes.set(route, answer);
  }

  /** The requests to `METHOD /path`, oldest first. */
  received(route: string): StubRequest[] {
    return this.requests.filter((r) => `${r.method} ${r.path}` === route);
  }

  async start(): Promise<{ host: string; port: number; protocol: 'http' }> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return { host: '127.0.0.1', port: (this.server.address() as AddressInfo).port, protocol: 'http' };
  }

  /** Stripe's client keeps its connections alive: they are cut, or closing would wait for them. */
  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
