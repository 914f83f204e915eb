import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { EmlFileMailer } from '../../src/communication/infrastructure/email/eml-file-mailer';
import { DeliveryFailed, type OutgoingEmail } from '../../src/communication/infrastructure/email/mailer';

const DAY = '2020-01-25';

function message(overrides: Partial<OutgoingEmail> = {}): OutgoingEmail {
  return {
    messageId: `${randomUUID()}@osmb`,
    from: { name: 'Gîte des Lilas', address: 'no-reply@osmb.example' },
    replyTo: 'contact@gite-des-lilas.example',
    to: 'marie.dupont@example.org',
    bcc: 'contact@gite-des-lilas.example',
    subject: 'Contrat de location n° 12',
    html: '<p>Bonjour Marie Dupont,</p>',
    text: 'Bonjour Marie Dupont,\n',
    attachments: [],
    ...overrides,
  };
}

/** Without an SMTP server, emails land as .eml files a mail client opens, readable by the app's user only. */
describe('writing emails to .eml files', () => {
  let dir: string;
  let mailer: EmlFileMailer;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'osmb-eml-'));
    mailer = new EmlFileMailer(join(dir, 'outbox'), () => DAY);
  });

  afterEach(async () => {
    await mailer.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a message that parses back with its parts and its attachment byte for byte', async () => {
    const pdf = randomBytes(200 * 1024);
    const sent = message({ attachments: [{ filename: 'Contrat n° 12.pdf', contentType: 'application/pdf', content: pdf }] });

    const receipt = await mailer.send(sent);

    const path = join(dir, 'outbox', DAY, `${sent.messageId}.eml`);
    expect(receipt.response).toBe(`written to ${DAY}/${sent.messageId}.eml`);
    const parsed = await simpleParser(readFileSync(path));
    expect(parsed.messageId).toBe(`<${sent.messageId}>`);
    expect(parsed.subject).toBe('Contrat de location n° 12');
    expect(parsed.to).toMatchObject({ text: 'marie.dupont@example.org' });
    expect(parsed.html).toContain('Bonjour Marie Dupont,');
    expect(parsed.text).toBe('Bonjour Marie Dupont,\n');
    expect(parsed.attachments).toHaveLength(1);
    expect(parsed.attachments[0].filename).toBe('Contrat n° 12.pdf');
    expect(Buffer.compare(parsed.attachments[0].content, pdf)).toBe(0);
  });

  it('lets only the owner of the process read what it wrote', async () => {
    const sent = message();
    await mailer.send(sent);
    expect(statSync(join(dir, 'outbox')).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'outbox', DAY)).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'outbox', DAY, `${sent.messageId}.eml`)).mode & 0o777).toBe(0o600);
  });

  it('keeps one file when the same message is sent twice', async () => {
    const sent = message();
    await mailer.send(sent);
    await mailer.send({ ...sent, subject: 'Contrat de location n° 12 (retry)' });
    expect(readdirSync(join(dir, 'outbox', DAY))).toEqual([`${sent.messageId}.eml`]);
    const parsed = await simpleParser(readFileSync(join(dir, 'outbox', DAY, `${sent.messageId}.eml`)));
    expect(parsed.subject).toBe('Contrat de location n° 12 (retry)');
  });

  it('refuses a Message-ID that would step out of its folder', async () => {
    await expect(mailer.send(message({ messageId: '../../etc/passwd@osmb' }))).rejects.toBeInstanceOf(DeliveryFailed);
    expect(readdirSync(dir)).toEqual([]);
  });
});
