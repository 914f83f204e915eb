import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a path answers: a calendar (with an ETag), an HTTP error, a redirect, or silence. */
export type FeedAnswer =
  | { readonly kind: 'ICS'; readonly body: string | Buffer; readonly etag?: boolean }
  | { readonly kind: 'STATUS'; readonly status: number; readonly body?: string }
  | { readonly kind: 'REDIRECT'; readonly to: string }
  | { readonly kind: 'HANG' };

/**
 * Another platform's calendar server, on 127.0.0.1, as the tests script it: each path answers
 * what it was last told to, counts its requests and honours If-None-Match.
 */
export class FeedServer {
  private readonly answers = new Map<string, FeedAnswer>();
  private readonly hits = new Map<string, number>();
  private readonly hanging = new Set<ServerResponse>();
  private server: Server | null = null;
  private base = '';

  async start(): Promise<this> {
    this.server = createServer((request, response) => this.answer(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const response of this.hanging) response.destroy();
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  url(path: string): string {
    return `${this.base}${path}`;
  }

  set(path: string, answer: FeedAnswer): void {
    this.answers.set(path, answer);
  }

  /** Requests the path had, 304s included. */
  count(path: string): number {
    return this.hits.get(path) ?? 0;
  }

  private answer(request: IncomingMessage, response: ServerResponse): void {
    const path = (request.url ?? '/').split('?')[0];
    this.hits.set(path, this.count(path) + 1);
    const answer = this.answers.get(path) ?? { kind: 'STATUS', status: 404 };
    switch (answer.kind) {
      case 'ICS': {
        const etag = `"${createHash('sha256').update(answer.body).digest('hex').slice(0, 16)}"`;
        if (answer.etag && request.headers['if-none-match'] === etag) {
          response.writeHead(304, { etag }).end();
          return;
        }
        response.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', ...(answer.etag ? { etag } : {}) }).end(answer.body);
        return;
      }
      case 'STATUS':
        response.writeHead(answer.status, { 'content-type': 'text/html' }).end(answer.body ?? `<html><body>Error ${answer.status}</body></html>`);
        return;
      case 'REDIRECT':
        response.writeHead(302, { location: answer.to }).end();
        return;
      case 'HANG':
        this.hanging.add(response);
        return;
    }
  }
}

/** One all-day event of a feed. */
export interface FeedStay {
  readonly uid: string;
  readonly arrival: string;
  readonly departure: string;
  readonly summary?: string;
}

const compact = (date: string) => date.replaceAll('-', '');

/** An iCalendar file as Airbnb writes one. */
export function icsOf(stays: readonly FeedStay[]): string {
  const events = stays.map((s) =>
    ['BEGIN:VEVENT', `DTEND;VALUE=DATE:${compact(s.departure)}`, `DTSTART;VALUE=DATE:${compact(s.arrival)}`, `UID:${s.uid}`, `SUMMARY:${s.summary ?? 'Reserved'}`, 'END:VEVENT'].join('\r\n'),
  );
  return ['BEGIN:VCALENDAR', 'PRODID:-//Airbnb Inc//Hosting Calendar 1.0//EN', 'CALSCALE:GREGORIAN', 'VERSION:2.0', ...events, 'END:VCALENDAR', ''].join('\r\n');
}
