import { OsmbBookingElement } from './booking-element';

/**
 * The script an owner pastes on their site. It learns where it was loaded from while it runs
 * (`document.currentScript` exists only then), which tells the widget where the app is.
 */
const current = document.currentScript;
OsmbBookingElement.scriptUrl =
  current instanceof HTMLScriptElement && current.src ? current.src : (document.querySelector<HTMLScriptElement>('script[src*="osmb-booking"]')?.src ?? null);

if (!customElements.get('osmb-booking')) customElements.define('osmb-booking', OsmbBookingElement);
