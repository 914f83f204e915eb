import { PALETTE as c } from './palette';

/**
 * The widget's style sheet, inside its shadow root: the host page's rules do not reach in, and
 * these do not leak out. What a page could still pass down, inherited properties (even set
 * `!important` on the element) and the root font size behind `rem`, is set again on `.root`,
 * and sizes are in `em` from its 16 px. Laid out for a 360 px wide phone first.
 */
export const STYLES = `
:host { all: initial; display: block; contain: content; }
:host([hidden]) { display: none; }
*, *::before, *::after { box-sizing: border-box; }
.root { max-width: 56em; margin: 0 auto; padding: 0.75em; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 16px; line-height: 1.45; color: ${c.text}; background: ${c.background}; text-align: left; letter-spacing: normal; word-spacing: normal; text-transform: none; }
h2 { font-size: 1.4em; margin: 0 0 0.25em; }
h3 { font-size: 1.15em; margin: 1.5em 0 0.5em; }
h4 { font-size: 1em; margin: 1em 0 0.25em; }
p { margin: 0.25em 0; }
a { color: ${c.primary}; }
.muted { color: ${c.muted}; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
:focus-visible { outline: 3px solid ${c.focus}; outline-offset: 2px; }
/* Headings take the focus only to be read out after a change, never to be acted on. */
h3[tabindex="-1"]:focus { outline: none; }
button, input, select, textarea { font: inherit; color: inherit; }
button { cursor: pointer; min-height: 2.75em; padding: 0.5em 1em; border-radius: 0.4em; border: 1px solid ${c.primary};
  background: ${c.background}; color: ${c.primary}; font-weight: 600; }
button.primary { background: ${c.primary}; color: ${c.primaryText}; }
button[disabled] { cursor: not-allowed; opacity: 0.75; }
button.link { border: none; background: none; padding: 0.25em; min-height: auto; text-decoration: underline; font-weight: 400; }
.stars { color: ${c.text}; letter-spacing: 0.1em; }
.photos { display: flex; gap: 0.5em; overflow-x: auto; padding: 0.25em 0; margin: 0.5em 0; list-style: none; scroll-snap-type: x mandatory; }
.photos li { flex: 0 0 auto; scroll-snap-align: start; }
.photos img { display: block; height: 10em; width: auto; max-width: 80vw; border-radius: 0.4em; object-fit: cover; background: ${c.surface}; }
.prices { border-collapse: collapse; width: 100%; max-width: 28em; }
.prices th, .prices td { text-align: left; padding: 0.35em 0.5em; border-bottom: 1px solid ${c.unavailable}; }
.prices td { text-align: right; white-space: nowrap; }
.panel { background: ${c.surface}; border-radius: 0.5em; padding: 0.75em; margin: 0.75em 0; }
.panel > :first-child { margin-top: 0; }
.search { display: flex; flex-wrap: wrap; gap: 0.75em; align-items: flex-end; }
.field { display: flex; flex-direction: column; gap: 0.2em; min-width: 0; }
.field label, .label { font-weight: 600; }
input[type=text], input[type=email], input[type=tel], input[type=date], input[type=number], select {
  min-height: 2.75em; padding: 0.4em 0.6em; border: 1px solid ${c.border}; border-radius: 0.4em; background: ${c.background}; width: 100%; }
input[type=number] { max-width: 7em; }
input[aria-invalid=true] { border: 2px solid ${c.error}; }
.check { display: flex; gap: 0.6em; align-items: flex-start; margin: 0.5em 0; }
.check input { width: 1.4em; height: 1.4em; margin: 0.1em 0 0; flex: 0 0 auto; accent-color: ${c.primary}; }
fieldset { border: 1px solid ${c.border}; border-radius: 0.5em; padding: 0.75em; margin: 0.75em 0; min-width: 0; }
legend { font-weight: 700; padding: 0 0.3em; }
.grid { display: grid; gap: 0.75em; grid-template-columns: repeat(auto-fit, minmax(14em, 1fr)); }
.field-error { color: ${c.error}; font-size: 0.95em; }
.alert { color: ${c.error}; background: ${c.errorBackground}; border-left: 4px solid ${c.error}; padding: 0.5em 0.75em; border-radius: 0.25em; margin: 0.5em 0; }
.alert:empty { display: none; }
.success { color: ${c.success}; background: ${c.successBackground}; border-left: 4px solid ${c.success}; padding: 0.5em 0.75em; border-radius: 0.25em; }
.calendar-nav { display: flex; align-items: center; justify-content: space-between; gap: 0.5em; }
.calendar-nav h4 { margin: 0; text-align: center; flex: 1; }
.calendar-nav button { min-width: 2.75em; padding: 0.25em 0.6em; }
table.calendar { width: 100%; border-collapse: separate; border-spacing: 2px; table-layout: fixed; margin-top: 0.5em; }
table.calendar th { font-size: 0.8em; font-weight: 600; color: ${c.muted}; padding: 0.2em 0; text-align: center; text-transform: capitalize; }
table.calendar[aria-busy=true] tbody { opacity: 0.6; }
table.calendar td { padding: 0; }
.day { display: block; width: 100%; min-height: 2.6em; min-width: 0; padding: 0.2em 0; border-radius: 0.3em; font-weight: 600;
  border: 1px solid transparent; text-align: center; }
.day.AVAILABLE { background: ${c.available}; color: ${c.availableText}; border-color: ${c.available}; }
.day.UNAVAILABLE { background: ${c.unavailable}; color: ${c.unavailableText}; text-decoration: line-through; font-weight: 400; }
.day.OPTION { background: repeating-linear-gradient(135deg, ${c.option}, ${c.option} 6px, ${c.optionStripe} 6px, ${c.optionStripe} 8px); color: ${c.optionText}; }
.day.UNKNOWN { background: ${c.unknown}; color: ${c.unknownText}; border: 1px dashed ${c.border}; font-weight: 400; }
.day[aria-disabled=true] { cursor: default; }
.day.arrival-ok::after { content: ""; display: block; width: 0.35em; height: 0.35em; margin: 0.1em auto 0; border-radius: 50%; background: ${c.availableText}; }
.day.in-range { background: ${c.range}; color: ${c.rangeText}; border-color: ${c.range}; text-decoration: none; }
.day.chosen { background: ${c.primary}; color: ${c.primaryText}; border-color: ${c.primary}; text-decoration: none; }
.day.chosen::after { background: ${c.primaryText}; }
.legend { display: flex; flex-wrap: wrap; gap: 0.4em 1em; list-style: none; padding: 0; margin: 0.5em 0; font-size: 0.9em; }
.legend li { display: flex; align-items: center; gap: 0.35em; }
.legend .day { display: inline-block; width: 1.4em; min-height: 1.4em; padding: 0; }
.selection { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em; margin-top: 0.5em; }
.quote { border: 2px solid ${c.primary}; border-radius: 0.5em; padding: 0.75em; margin: 0.75em 0; }
.quote dl { display: grid; grid-template-columns: 1fr auto; gap: 0.25em 1em; margin: 0; }
.quote dt { margin: 0; }
.quote dd { margin: 0; text-align: right; font-weight: 600; white-space: nowrap; }
.quote .total { font-size: 1.2em; }
.terms-text { max-height: 12em; overflow-y: auto; white-space: pre-line; background: ${c.background}; border: 1px solid ${c.border}; border-radius: 0.4em; padding: 0.5em 0.75em; font-size: 0.9em; }
.actions { display: flex; flex-wrap: wrap; gap: 0.75em; margin-top: 0.75em; }
.offers { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.75em; }
.offers li { border: 1px solid ${c.border}; border-radius: 0.5em; padding: 0.75em; }
.offer > :first-child { margin-top: 0; }
.status dl { display: grid; grid-template-columns: auto 1fr; gap: 0.25em 1em; }
.status dd { margin: 0; font-weight: 600; }
.honeypot { position: absolute; left: -10000px; top: auto; width: 1px; height: 1px; overflow: hidden; }
@media (min-width: 40em) { .root { padding: 1em; } .photos img { height: 12em; } }
@media (forced-colors: active) { .day.chosen, .day.in-range { border: 2px solid CanvasText; } }
`;
