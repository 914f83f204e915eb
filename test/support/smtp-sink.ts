import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

/** An SMTP server in the test process: what it was sent, every recipient it was asked for, and a way to answer each. */
export interface SmtpSink {
  readonly url: string;
  readonly port: number;
  readonly received: ParsedMail[];
  readonly envelopes: string[][];
  /** Every RCPT TO it was given, refused ones included. */
  readonly recipientsAsked: string[];
  close(): Promise<void>;
}

/** An SMTP refusal as smtp-server sends it: `550 mailbox unavailable`. */
export const refusal = (responseCode: number, text: string): Error => Object.assign(new Error(text), { responseCode });

export async function startSmtpSink(
  refuse: (address: string) => Error | null = () => null,
  options: Partial<SMTPServerOptions> & { port?: number } = {},
): Promise<SmtpSink> {
  const received: ParsedMail[] = [];
  const envelopes: string[][] = [];
  const recipientsAsked: string[] = [];
  const { port: wanted, ...serverOptions } = options;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo: (address, _session, callback) => {
      recipientsAsked.push(address.address);
      callback(refuse(address.address));
    },
    onData: (stream, session, callback) => {
      simpleParser(stream)
        .then((parsed) => {
          envelopes.push(session.envelope.rcptTo.map((r) => r.address));
          received.push(parsed);
          callback();
        })
        .catch(callback);
    },
    ...serverOptions,
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.on('error', reject);
    const listening = server.listen(wanted ?? 0, '127.0.0.1', () => resolve((listening.address() as AddressInfo).port));
  });
  return { url: `smtp://127.0.0.1:${port}`, port, received, envelopes, recipientsAsked, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
