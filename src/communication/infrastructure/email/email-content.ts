import type Mjml from 'mjml';
import { escapeHtml } from '../../../shared/kernel/html';
import { lazyModule } from '../../../shared/runtime/lazy-module';
import { isBookingEmail, isIntegrationEmail, isSyncEmail, type EmailContent, type OutboxEmailFacts } from '../../domain/email/email-facts';
import { bookingEmailText } from './booking-email-text';
import { emailText, type EmailText, type TextLine } from './email-text';
import { syncEmailText } from './sync-email-text';
import { webhookEmailText } from './webhook-email-text';

/**
 * An email's subject, HTML and plain-text parts. The HTML is compiled from MJML, whose tables and
 * media queries read well in webmail, Outlook and phones alike; the text part says the same for
 * clients that show no HTML and for spam filters that compare both.
 */
export function emailContent(facts: OutboxEmailFacts): EmailContent {
  const text = isBookingEmail(facts) ? bookingEmailText(facts) : isSyncEmail(facts) ? syncEmailText(facts) : isIntegrationEmail(facts) ? webhookEmailText(facts) : emailText(facts);
  return { subject: text.subject, html: html(text), text: plainText(text) };
}

/** Loaded with the first email, not at start: requiring mjml takes half a second. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load has to be a require in CommonJS
const compiler = lazyModule(() => require('mjml') as typeof Mjml);
const mjml2html = (...args: Parameters<typeof Mjml>): ReturnType<typeof Mjml> => compiler()(...args);

/** An owner's multi-line text: escaped first, so the only tags are the line breaks added after. */
const multiline = (value: string): string => escapeHtml(value.trim()).replace(/\r\n|\r|\n/g, '<br>');

const COLOURS = { band: '#2f5d50', page: '#f3f1ec', card: '#ffffff', text: '#222222', muted: '#666666', rule: '#e4e0d8' };

function html(t: EmailText): string {
  const paragraph = (content: string) => `<mj-text>${content}</mj-text>`;
  const heading = (title: string) => `<mj-text font-weight="bold" padding-top="18px">${escapeHtml(title)}</mj-text>`;
  const source = `<mjml lang="${t.lang === 'FR' ? 'fr' : 'en'}">
  <mj-head>
    <mj-title>${escapeHtml(t.subject)}</mj-title>
    <mj-preview>${escapeHtml(preview(t))}</mj-preview>
    <mj-attributes>
      <mj-all font-family="Arial, Helvetica, sans-serif" />
      <mj-text font-size="15px" line-height="22px" color="${COLOURS.text}" padding="6px 24px" />
      <mj-table font-size="15px" line-height="22px" color="${COLOURS.text}" padding="6px 24px" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="${COLOURS.page}">
    <mj-section background-color="${COLOURS.band}" padding="14px 0">
      <mj-column><mj-text font-size="20px" font-weight="bold" color="#ffffff">${escapeHtml(t.sender)}</mj-text></mj-column>
    </mj-section>
    <mj-section background-color="${COLOURS.card}" padding="14px 0">
      <mj-column>
        ${paragraph(escapeHtml(t.greeting))}
        ${t.paragraphs.map((p) => paragraph(multiline(p))).join('\n        ')}
        ${t.details.length ? table(t.details, false) : ''}
        ${t.stays.length ? heading(t.staysHeading) : ''}
        ${t.stays.map((s) => paragraph([`<strong>${escapeHtml(s.accommodation)}</strong>`, escapeHtml(s.dates), escapeHtml(s.occupants), ...s.touristTax.map(escapeHtml)].filter(Boolean).join('<br>'))).join('\n        ')}
        ${t.amounts.length ? `${heading(t.amountsHeading)}\n        ${table(t.amounts, true)}` : ''}
        ${t.closing ? paragraph(`${escapeHtml(t.closing.formula)}<br>${escapeHtml(t.closing.signature)}`) : ''}
      </mj-column>
    </mj-section>
    ${
      t.footer.length
        ? `<mj-section padding="10px 0"><mj-column><mj-text font-size="12px" line-height="18px" color="${COLOURS.muted}" align="center">${t.footer.map(multiline).join('<br>')}</mj-text></mj-column></mj-section>`
        : ''
    }
  </mj-body>
</mjml>`;
  // Strict: a template mistake fails loudly here, in tests, instead of a half-rendered email.
  // Includes are ignored so that nothing in an email can ever read a file.
  const compiled = mjml2html(source, { validationLevel: 'strict', ignoreIncludes: true, keepComments: false });
  if (compiled.errors.length) throw new Error(`Invalid email template: ${compiled.errors.map((e) => e.formattedMessage).join('; ')}`);
  return compiled.html;
}

/** Label on the left, amount on the right and kept on one line, so figures line up on a phone too. */
function table(lines: readonly TextLine[], amounts: boolean): string {
  const rows = lines.map(
    (line) =>
      `<tr style="border-bottom:1px solid ${COLOURS.rule}"><td style="padding:4px 8px 4px 0">${escapeHtml(line.label)}</td>` +
      `<td style="padding:4px 0;text-align:${amounts ? 'right;white-space:nowrap' : 'left'}">${escapeHtml(line.value)}</td></tr>`,
  );
  return `<mj-table>${rows.join('')}</mj-table>`;
}

/** The line inboxes show beside the subject: the first thing the email says, not the greeting. */
const preview = (t: EmailText): string => (t.paragraphs[0] ?? '').replace(/\s+/g, ' ').slice(0, 140);

/** The same content as the HTML, laid out for a fixed-width reader. */
function plainText(t: EmailText): string {
  const colon = t.lang === 'FR' ? ' : ' : ': ';
  const lines = (entries: readonly TextLine[]) => entries.map((e) => `${e.label}${colon}${e.value}`).join('\n');
  const blocks = [
    t.sender,
    t.greeting,
    ...t.paragraphs.map((p) => p.trim().replace(/\r\n|\r/g, '\n')),
    lines(t.details),
    t.stays.length ? `${t.staysHeading}\n${t.stays.map((s) => [s.accommodation, s.dates, s.occupants, ...s.touristTax].filter(Boolean).join('\n')).join('\n\n')}` : '',
    t.amounts.length ? `${t.amountsHeading}\n${lines(t.amounts)}` : '',
    t.closing ? `${t.closing.formula}\n${t.closing.signature}` : '',
    // "-- " is the signature separator mail clients recognise and fold away.
    t.footer.length ? `-- \n${t.footer.map((l) => l.trim()).join('\n')}` : '',
  ];
  return `${blocks.filter((b) => b !== '').join('\n\n')}\n`;
}
