import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import type { StreamSentMessageInfo } from 'nodemailer/lib/stream-transport';
import { DeliveryFailed, checkMessageId, classifyDeliveryError, type DeliveryReceipt, type Mailer, type OutgoingEmail } from './mailer';
import { mailOptions } from './nodemailer-message';

/**
 * Where emails go when no SMTP server is configured (the embedded default): each message becomes
 * `<dir>/<YYYY-MM-DD>/<messageId>.eml`, which any mail client opens. The files hold guests'
 * names, addresses and stays, so only the app's user may read them (directories 0700, files 0600).
 */
export class EmlFileMailer implements Mailer {
  private readonly transport: Transporter<StreamSentMessageInfo>;

  /** `today` names the day's folder, the UTC day unless given: injectable so tests do not depend on the clock. */
  constructor(
    private readonly dir: string,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {
    this.transport = createTransport({ streamTransport: true, buffer: true, disableFileAccess: true, disableUrlAccess: true });
  }

  async send(message: OutgoingEmail): Promise<DeliveryReceipt> {
    // A valid Message-ID is a dot-atom, so it is a file name as it stands: no separator, no "..".
    checkMessageId(message.messageId);
    const info = await this.transport.sendMail(mailOptions(message)).catch((error: unknown) => {
      throw classifyDeliveryError(error);
    });
    if (!Buffer.isBuffer(info.message)) throw new DeliveryFailed(false, 'the message could not be built');
    const day = this.today();
    const folder = join(this.dir, day);
    const file = `${message.messageId}.eml`;
    try {
      await mkdir(folder, { recursive: true, mode: 0o700 });
      await writeAtomically(join(folder, file), info.message);
    } catch (error) {
      throw new DeliveryFailed(false, `could not write the message (${errorCode(error)})`, { cause: error });
    }
    return { response: `written to ${day}/${file}`, rejected: [] };
  }

  close(): Promise<void> {
    this.transport.close();
    return Promise.resolve();
  }
}

/**
 * A reader (or a crash) never sees half a message: the bytes go to a temporary file beside the
 * target, reach the disk, then take its name in one rename. Sending the same message again
 * replaces the file, so a retry leaves one copy.
 */
async function writeAtomically(path: string, content: Buffer): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

const errorCode = (error: unknown): string => (error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'unknown error');
