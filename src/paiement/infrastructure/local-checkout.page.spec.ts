import { createHash } from 'node:crypto';
import { euros } from '../../shared/kernel/money';
import type { LocalCheckoutStarted } from '../domain/local-checkout/local-checkout.events';
import { localCheckoutPage } from './local-checkout.page';

const SESSION: LocalCheckoutStarted = {
  sessionId: '0b9c6a4e-5d2f-5a7b-9c1d-2e3f4a5b6c7d',
  ownerId: 'owner-1',
  reference: 'checkout-1',
  amount: euros(15_000),
  description: 'Arrhes <Gîte des "Tilleuls">',
  customerEmail: null,
  lang: 'FR',
  returnUrl: 'https://gite.fr/reservation?b=1&t=2',
  expiresAt: '2026-06-01T10:30:00.000Z',
};

const text = (html: string) => html.replace(/\s/g, ' ');

describe('The local test provider’s payment page', () => {
  it('asks in French to pay the amount as French writes it, with a card filled in and a way back', () => {
    const { status, html } = localCheckoutPage(SESSION, 'OPEN');
    expect(status).toBe(200);
    expect(text(html)).toContain('Payer 150,00 €');
    expect(html).toContain('value="4242 4242 4242 4242"');
    expect(html).toContain(`action="${SESSION.sessionId}/pay"`);
    expect(html).toContain('href="https://gite.fr/reservation?b=1&amp;t=2">Annuler et revenir</a>');
  });

  it('asks in English as English writes it', () => expect(localCheckoutPage({ ...SESSION, lang: 'EN' }, 'OPEN').html).toContain('Pay €150.00'));

  it('escapes what it shows', () => {
    const { html } = localCheckoutPage(SESSION, 'OPEN');
    expect(html).toContain('Arrhes &lt;Gîte des &quot;Tilleuls&quot;&gt;');
    expect(html).not.toContain('<Gîte');
  });

  it('loads nothing from anywhere: its only style is allowed by its hash, and no script at all', () => {
    const { html, contentSecurityPolicy } = localCheckoutPage(SESSION, 'OPEN');
    const style = /<style>(.*?)<\/style>/s.exec(html)?.[1] ?? '';
    expect(contentSecurityPolicy).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(contentSecurityPolicy).toMatch(/^default-src 'none';/);
    expect(contentSecurityPolicy).toContain("form-action 'self' https://gite.fr;");
    expect(html).not.toMatch(/<script|src=|https?:\/\/(?!gite\.fr)/);
  });

  it('says an expired page has expired, with no form (410)', () => {
    const { status, html } = localCheckoutPage(SESSION, 'EXPIRED');
    expect(status).toBe(410);
    expect(html).toContain('Cette page de paiement a expiré');
    expect(html).not.toContain('<form');
  });

  it('says a paid page is paid, with no form', () => {
    const { html } = localCheckoutPage({ ...SESSION, lang: 'EN' }, 'PAID');
    expect(html).toContain('This payment is already made.');
    expect(html).not.toContain('<form');
  });
});
