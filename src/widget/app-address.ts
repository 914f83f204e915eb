/**
 * Where the widget finds the app, and how it marks the page the payment sends the guest back
 * to. Pure, so that it is tested without a browser.
 */
export const WIDGET_PATH = '/widget/osmb-booking.js';
export const RETURN_TOKEN = 'osmb_booking';
export const RETURN_WIDGET = 'osmb_from';

export interface AppAddress {
  /** The app's base address, without a trailing slash: `https://booking.example.org` (or with the path it is served under). */
  readonly base: string;
  /** Its GraphQL endpoint. */
  readonly endpoint: string;
}

const trimSlashes = (path: string): string => path.replace(/\/+$/, '');

/**
 * The `api` attribute when there is one (the app's address, or its GraphQL endpoint), else
 * the address the script was loaded from, less `/widget/osmb-booking.js`, else the page's origin.
 */
export function appAddress(apiAttribute: string | null, scriptSrc: string | null, pageUrl: string): AppAddress {
  if (apiAttribute && apiAttribute.trim() !== '') {
    const url = new URL(apiAttribute.trim(), pageUrl);
    const path = trimSlashes(url.pathname);
    if (path.endsWith('/graphql')) return { base: `${url.origin}${path.slice(0, -'/graphql'.length)}`, endpoint: `${url.origin}${path}` };
    return { base: `${url.origin}${path}`, endpoint: `${url.origin}${path}/graphql` };
  }
  if (scriptSrc) {
    const url = new URL(scriptSrc, pageUrl);
    const path = url.pathname.endsWith(WIDGET_PATH) ? url.pathname.slice(0, -WIDGET_PATH.length) : '';
    return { base: `${url.origin}${trimSlashes(path)}`, endpoint: `${url.origin}${trimSlashes(path)}/graphql` };
  }
  const origin = new URL(pageUrl).origin;
  return { base: origin, endpoint: `${origin}/graphql` };
}

/** This page, naming the widget that books, without what an earlier return left in the address. */
export function returnUrlFor(pageUrl: string, widgetKey: string): string {
  const url = new URL(pageUrl);
  url.searchParams.delete(RETURN_TOKEN);
  url.searchParams.set(RETURN_WIDGET, widgetKey);
  url.hash = '';
  return url.href;
}

/**
 * The booking a return from the payment page names, for this widget: the one it names, or when
 * it names none, the first widget of the page.
 */
export function returnedBooking(pageUrl: string, widgetKey: string, firstOnPage: boolean): string | null {
  const params = new URL(pageUrl).searchParams;
  const token = params.get(RETURN_TOKEN);
  if (!token) return null;
  const from = params.get(RETURN_WIDGET);
  return from === widgetKey || (from === null && firstOnPage) ? token : null;
}
