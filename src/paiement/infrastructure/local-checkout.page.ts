import { createHash } from 'node:crypto';
import { assertNever } from '../../shared/kernel/assert-never';
import { formatAmount } from '../../shared/kernel/formats';
import { escapeHtml } from '../../shared/kernel/html';
import type { Lang } from '../../shared/kernel/lang';
import type { LocalCheckoutStarted } from '../domain/local-checkout/local-checkout.events';

/** A page of the local test provider: its status, its HTML and the policy that lets it show. */
export interface LocalCheckoutPage {
  readonly status: number;
  readonly html: string;
  readonly contentSecurityPolicy: string;
}

/** Where the page stands: open to pay, paid already, past its time, or unknown. */
export type PageState = 'OPEN' | 'PAID' | 'EXPIRED';

const TEXTS = {
  FR: {
    title: 'Paiement de test',
    badge: 'Mode test : aucune somme n’est prélevée',
    card: 'Numéro de carte',
    expiry: 'Expiration',
    cvc: 'CVC',
    pay: (amount: string) => `Payer ${amount}`,
    cancel: 'Annuler et revenir',
    note: 'Ce prestataire de paiement local remplace Stripe sur une installation d’essai.',
    paid: 'Ce paiement est déjà fait.',
    expired: 'Cette page de paiement a expiré : les nuits ne sont plus retenues pour ce paiement.',
    back: 'Revenir',
    failed: 'Le paiement n’a pas pu être enregistré. Réessayez dans un instant.',
  },
  EN: {
    title: 'Test payment',
    badge: 'Test mode: no money is taken',
    card: 'Card number',
    expiry: 'Expiry',
    cvc: 'CVC',
    pay: (amount: string) => `Pay ${amount}`,
    cancel: 'Cancel and go back',
    note: 'This local payment provider stands in for Stripe on a trial installation.',
    paid: 'This payment is already made.',
    expired: 'This payment page has expired: the nights are no longer held for this payment.',
    back: 'Go back',
    failed: 'The payment could not be recorded. Try again in a moment.',
  },
} as const;

// Written once, so its hash lets exactly this style in and nothing else (no inline script at all).
const STYLE = [
  'body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#f3f4f6;font:16px/1.5 system-ui,sans-serif;color:#111827}',
  '.card{background:#fff;border-radius:12px;box-shadow:0 4px 24px rgba(0,0,0,.08);padding:32px;width:min(420px,92vw)}',
  '.badge{display:inline-block;background:#fef3c7;color:#92400e;border-radius:999px;padding:2px 12px;font-size:13px}',
  'h1{font-size:20px;margin:16px 0 4px}.amount{font-size:32px;font-weight:700;margin:0 0 24px}',
  'label{display:block;font-size:14px;color:#374151;margin-bottom:12px}input{display:block;width:100%;box-sizing:border-box;margin-top:4px;padding:10px;border:1px solid #d1d5db;border-radius:8px;font:inherit}',
  '.row{display:flex;gap:12px}.row label{flex:1}',
  'button{width:100%;padding:12px;border:0;border-radius:8px;background:#4f46e5;color:#fff;font:inherit;font-weight:600;cursor:pointer}',
  '.cancel{display:block;text-align:center;margin-top:16px;color:#4f46e5}.note{font-size:13px;color:#6b7280;margin-top:24px}',
].join('');
const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

/** Nothing loads from anywhere; the form posts here, and its answer may send the guest back to `returnUrl`. */
function policy(returnUrl: string | null): string {
  const back = returnUrl ? ` ${new URL(returnUrl).origin}` : '';
  return `default-src 'none'; style-src ${STYLE_HASH}; form-action 'self'${back}; base-uri 'none'; frame-ancestors 'none'`;
}

function page(lang: Lang, body: string, status: number, returnUrl: string | null): LocalCheckoutPage {
  const html = `<!doctype html><html lang="${lang.toLowerCase()}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${TEXTS[lang].title}</title><style>${STYLE}</style></head><body><main class="card">${body}</main></body></html>`;
  return { status, html, contentSecurityPolicy: policy(returnUrl) };
}

/** The card page of an open session, or what a guest reads once it is paid or past its time. */
export function localCheckoutPage(session: LocalCheckoutStarted, state: PageState): LocalCheckoutPage {
  const t = TEXTS[session.lang];
  const amount = escapeHtml(formatAmount(session.amount.cents, session.lang));
  const header = `<p class="badge">${t.badge}</p><h1>${escapeHtml(session.description)}</h1><p class="amount">${amount}</p>`;
  const back = (label: string) => `<a class="cancel" href="${escapeHtml(session.returnUrl)}">${label}</a>`;
  switch (state) {
    case 'OPEN':
      return page(
        session.lang,
        `${header}<form method="post" action="${escapeHtml(session.sessionId)}/pay">` +
          `<label>${t.card}<input name="card" value="4242 4242 4242 4242" inputmode="numeric" autocomplete="off"></label>` +
          `<div class="row"><label>${t.expiry}<input name="expiry" value="12/34" autocomplete="off"></label><label>${t.cvc}<input name="cvc" value="123" autocomplete="off"></label></div>` +
          `<button type="submit">${t.pay(amount)}</button></form>${back(t.cancel)}<p class="note">${t.note}</p>`,
        200,
        session.returnUrl,
      );
    case 'PAID':
      return page(session.lang, `${header}<p>${t.paid}</p>${back(t.back)}`, 200, null);
    case 'EXPIRED':
      return page(session.lang, `${header}<p>${t.expired}</p>${back(t.back)}`, 410, null);
    default:
      return assertNever(state);
  }
}

/** The notification could not be delivered: the guest may try again from the same page (this answers its `/pay`). */
export function localCheckoutFailedPage(session: LocalCheckoutStarted): LocalCheckoutPage {
  const t = TEXTS[session.lang];
  return page(session.lang, `<p class="badge">${t.badge}</p><p>${t.failed}</p><a class="cancel" href="../${escapeHtml(session.sessionId)}">${t.back}</a>`, 502, null);
}

/** No such page: said in both languages, since nothing tells which the guest reads. */
export function unknownCheckoutPage(): LocalCheckoutPage {
  return page('FR', `<p>Cette page de paiement n’existe pas.</p><p lang="en">This payment page does not exist.</p>`, 404, null);
}
