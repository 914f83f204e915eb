import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { DeliveryFailed, type OutgoingEmail } from '../../src/communication/infrastructure/email/mailer';
import { SmtpMailer } from '../../src/communication/infrastructure/email/smtp-mailer';
import { refusal, startSmtpSink, type SmtpSink } from '../support/smtp-sink';

const GUEST = 'marie.dupont@example.org';
const OWNER = 'contact@gite-des-lilas.example';

function message(overrides: Partial<OutgoingEmail> = {}): OutgoingEmail {
  return {
    messageId: `${randomUUID()}@osmb`,
    from: { name: 'Gîte des Lilas', address: 'no-reply@osmb.example' },
    replyTo: OWNER,
    to: GUEST,
    subject: 'Proposition de location n° 12',
    html: '<p>Bonjour Marie Dupont,</p>',
    text: 'Bonjour Marie Dupont,\n',
    attachments: [],
    ...overrides,
  };
}

describe('sending over SMTP', () => {
  let sink: SmtpSink | undefined;
  let mailer: SmtpMailer | undefined;

  afterEach(async () => {
    await mailer?.close();
    await sink?.close();
    mailer = undefined;
    sink = undefined;
  });

  it('delivers the HTML and text parts and an attachment byte for byte, under our Message-ID', async () => {
    sink = await startSmtpSink();
    mailer = new SmtpMailer(sink.url);
    const pdf = randomBytes(200 * 1024);
    const sent = message({ attachments: [{ filename: 'Proposition n° 12.pdf', contentType: 'application/pdf', content: pdf }] });

    const receipt = await mailer.send(sent);

    expect(receipt.response).toMatch(/^250/);
    expect(receipt.rejected).toEqual([]);
    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail.messageId).toBe(`<${sent.messageId}>`);
    expect(mail.headers.get('message-id')).toBe(`<${sent.messageId}>`);
    expect(mail.subject).toBe('Proposition de location n° 12');
    expect(mail.html).toContain('Bonjour Marie Dupont,');
    expect(mail.text).toBe('Bonjour Marie Dupont,\n');
    expect(mail.from?.value).toEqual([{ name: 'Gîte des Lilas', address: 'no-reply@osmb.example' }]);
    expect(mail.replyTo?.text).toBe(OWNER);
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0].filename).toBe('Proposition n° 12.pdf');
    expect(mail.attachments[0].contentType).toBe('application/pdf');
    expect(Buffer.compare(mail.attachments[0].content, pdf)).toBe(0);
  });

  it("gives the owner's copy in Bcc without showing it to the guest", async () => {
    sink = await startSmtpSink();
    mailer = new SmtpMailer(sink.url);
    await mailer.send(message({ bcc: OWNER }));
    expect(sink.envelopes).toEqual([[GUEST, OWNER]]);
    expect(sink.received[0].headers.has('bcc')).toBe(false);
  });

  it('fails for good when the server says the mailbox does not exist (550)', async () => {
    sink = await startSmtpSink(() => refusal(550, 'mailbox unavailable'));
    mailer = new SmtpMailer(sink.url);
    const error = await failure(mailer.send(message()));
    expect(error).toBeInstanceOf(DeliveryFailed);
    expect(error).toMatchObject({ permanent: true, reason: expect.stringMatching(/^550 .*mailbox unavailable/) });
    expect(sink.received).toHaveLength(0);
  });

  it('fails for now when the server defers the recipient (451)', async () => {
    sink = await startSmtpSink(() => refusal(451, 'greylisted, try again later'));
    mailer = new SmtpMailer(sink.url);
    const error = await failure(mailer.send(message()));
    expect(error).toBeInstanceOf(DeliveryFailed);
    expect(error).toMatchObject({ permanent: false, reason: expect.stringMatching(/^451 .*greylisted/) });
  });

  it("fails when the guest is refused even though the owner's copy was accepted", async () => {
    sink = await startSmtpSink((address) => (address === GUEST ? refusal(550, 'mailbox unavailable') : null));
    mailer = new SmtpMailer(sink.url);
    const error = await failure(mailer.send(message({ bcc: OWNER })));
    expect(error).toMatchObject({ permanent: true, reason: expect.stringMatching(/^550 /) });
  });

  it("delivers to the guest and reports the owner's copy the server refused", async () => {
    sink = await startSmtpSink((address) => (address === OWNER ? refusal(550, 'mailbox unavailable') : null));
    mailer = new SmtpMailer(sink.url);
    const receipt = await mailer.send(message({ bcc: OWNER }));
    expect(receipt.rejected).toEqual([OWNER]);
    expect(sink.envelopes).toEqual([[GUEST]]);
  });

  it('fails for good when the server refuses the login', async () => {
    sink = await startSmtpSink(() => null, { allowInsecureAuth: true, onAuth: (_auth, _session, callback) => callback(refusal(535, 'authentication credentials invalid')) });
    mailer = new SmtpMailer(sink.url.replace('smtp://', 'smtp://osmb:wrong@'));
    const error = await failure(mailer.send(message()));
    expect(error).toMatchObject({ permanent: true, reason: expect.stringMatching(/^535 /) });
    expect(sink.received).toHaveLength(0);
  });

  it('fails for now when nothing listens on the port', async () => {
    const port = await freePort();
    mailer = new SmtpMailer(`smtp://127.0.0.1:${port}`);
    const error = await failure(mailer.send(message()));
    expect(error).toBeInstanceOf(DeliveryFailed);
    expect(error).toMatchObject({ permanent: false, reason: 'the mail server refused the connection' });
  });

  describe('against a server that accepts the connection and never speaks', () => {
    let mute: Server;
    const sockets = new Set<Socket>();

    beforeAll(async () => {
      mute = createServer((socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      await new Promise<void>((resolve) => mute.listen(0, '127.0.0.1', resolve));
    });

    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => mute.close(resolve));
    });

    it('gives up after the greeting timeout, as a temporary failure', async () => {
      mailer = new SmtpMailer(`smtp://127.0.0.1:${(mute.address() as AddressInfo).port}`, { greetingTimeoutMs: 300 });
      const error = await failure(mailer.send(message()));
      expect(error).toBeInstanceOf(DeliveryFailed);
      expect(error).toMatchObject({ permanent: false, reason: 'the mail server did not answer in time' });
    });
  });

  it('refuses a Message-ID that would not make a valid header, before connecting', async () => {
    mailer = new SmtpMailer('smtp://127.0.0.1:1');
    const error = await failure(mailer.send(message({ messageId: '<abc>@osmb\r\nBcc: x@example.org' })));
    expect(error).toMatchObject({ permanent: true, reason: 'invalid Message-ID' });
  });
});

/** The DeliveryFailed a send ends with; fails the test if it succeeds or fails otherwise. */
async function failure(sending: Promise<unknown>): Promise<DeliveryFailed> {
  const error: unknown = await sending.then(
    () => new Error('expected the send to fail, but it succeeded'),
    (e: unknown) => e,
  );
  if (error instanceof DeliveryFailed) return error;
  throw error;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
