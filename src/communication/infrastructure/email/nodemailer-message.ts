import type { SendMailOptions } from 'nodemailer';
import type { OutgoingEmail } from './mailer';

/** What both mailers hand nodemailer, so an .eml on disk is the message SMTP would carry. */
export function mailOptions(message: OutgoingEmail): SendMailOptions {
  return {
    // With its brackets, nodemailer writes the header as given instead of making one up.
    messageId: `<${message.messageId}>`,
    from: { name: message.from.name, address: message.from.address },
    replyTo: message.replyTo ?? undefined,
    to: message.to,
    bcc: message.bcc ?? undefined,
    subject: message.subject,
    html: message.html,
    text: message.text,
    attachments: message.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
  };
}
