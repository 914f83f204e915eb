import type { WebhookDisabledEmailFacts } from '../../src/communication/domain/email/email-facts';
import { emailContent } from '../../src/communication/infrastructure/email/email-content';

/** Intl writes no-break spaces in French times ("14 h 05"). */
const spaced = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

const facts = (lang: 'FR' | 'EN'): WebhookDisabledEmailFacts => ({
  kind: 'OWNER_WEBHOOK_DISABLED',
  lang,
  copy: false,
  sender: 'Gîte <Lilas>',
  host: 'hooks.<b>example</b>.org',
  failingSince: '2027-01-15T13:05:00Z',
  footer: ['Gîte des Lilas'],
});

describe('the email telling an owner a webhook endpoint was disabled', () => {
  it('says so in French, with when it started failing as Paris clocks read it', () => {
    const { subject, text } = emailContent(facts('FR'));
    expect(subject).toBe('Webhook désactivé : hooks.<b>example</b>.org');
    expect(spaced(text)).toContain('depuis le vendredi 15 janvier 2027 à 14 h 05, aucun envoi');
    expect(text).toContain('réactivez le webhook');
  });

  it('says so in English', () => {
    const { subject, text } = emailContent(facts('EN'));
    expect(subject).toBe('Webhook disabled: hooks.<b>example</b>.org');
    expect(text).toMatch(/since Friday 15 January 2027 at 2:05 (pm|PM), no delivery/);
  });

  it('escapes the host and the sender in the HTML', () => {
    const { html } = emailContent(facts('EN'));
    expect(html).not.toContain('<b>example');
    expect(html).toContain('hooks.&lt;b&gt;example&lt;/b&gt;.org');
    expect(html).toContain('Gîte &lt;Lilas&gt;');
  });
});
