import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Controller, Get, Headers, Inject, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../shared/auth/public.decorator';
import { publicUrl, RUNTIME_CONFIG, type RuntimeConfig } from '../../shared/config/config';
import { pageContentSecurityPolicy } from '../../shared/http/security-headers';
import { langOfCode, preferredLang, type Lang } from '../../shared/kernel/lang';
import { isCalendarDate } from '../../shared/kernel/calendar-date';
import { escapeHtml } from '../../shared/kernel/html';
import { isUuid } from '../../shared/kernel/ids';
import { readGuestToken } from '../application/guest-token';
import { DEMO_EMAIL, DEMO_FILE, readDemo, type DemoData } from './demo-seed';

/** Where `npm run build` writes the widget: beside the compiled server, or under dist/ when the server runs from its sources (tests). */
const WIDGET_CANDIDATES = [join(__dirname, '..', '..', 'widget', 'osmb-booking.js'), join(__dirname, '..', '..', '..', 'dist', 'widget', 'osmb-booking.js')];
const WIDGET_SRC = '/widget/osmb-booking.js';

/**
 * Owners paste the widget's URL in their sites, unversioned: a day's cache (and a week more
 * while it revalidates in the background) spares their guests the download, and the ETag makes
 * each revalidation a 304, while a new version still reaches every site within a day.
 */
const WIDGET_CACHE = 'public, max-age=86400, stale-while-revalidate=604800';

const STYLE = [
  'body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;background:#eef1f5}',
  'main{max-width:60rem;margin:0 auto;padding:1rem;background:#fff;min-height:100vh;box-sizing:border-box}',
  'h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-top:1px solid #d5dae0;padding-top:1rem}',
  'pre{background:#1f2933;color:#f5f7fa;padding:.75rem;border-radius:.4rem;overflow-x:auto;font-size:.85rem;white-space:pre-wrap;word-break:break-all}',
  'code{font-family:ui-monospace,Menlo,Consolas,monospace}a{color:#0b5394}.note{color:#52606d}',
].join('');
const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

/** `?lang=fr|en` when the link says, else the browser's, else French. */
const pageLang = (asked: unknown, acceptLanguage: string | undefined): Lang => langOfCode(asked) ?? preferredLang(acceptLanguage) ?? 'FR';

interface WidgetFile {
  readonly path: string;
  readonly mtimeMs: number;
  readonly bytes: Buffer;
  readonly etag: string;
}

/**
 * The guest side's own pages and the widget's script: `GET /widget/osmb-booking.js` (for any
 * site: CORS and cross-origin resource policy open), `GET /demo` (the widget on the demo owner's
 * accommodations, French), `GET /book/:accommodationId` (the engine on a page of its own, where
 * a destination's search sends guests) and `GET /guest/bookings/:token` (a guest's page for
 * their booking, kept out of search engines and referrers).
 */
@Controller()
export class GuestPagesController {
  private widget: WidgetFile | null = null;

  constructor(@Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig) {}

  @Public()
  @Get('widget/osmb-booking.js')
  script(@Headers('if-none-match') ifNoneMatch: string | undefined, @Res() response: Response): void {
    const file = this.widgetFile();
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    if (!file) {
      response.status(404).type('text/plain; charset=utf-8').setHeader('Cache-Control', 'no-store');
      response.send('The booking widget is not built: run `npm run build`, which bundles src/widget into dist/widget/osmb-booking.js.\n');
      return;
    }
    response.setHeader('Cache-Control', WIDGET_CACHE).setHeader('ETag', file.etag);
    if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === file.etag || tag.trim() === '*')) {
      response.status(304).end();
      return;
    }
    response.status(200).type('application/javascript; charset=utf-8').send(file.bytes);
  }

  @Public()
  @Get('demo')
  demo(@Res() response: Response): void {
    if (this.config.nodeEnv === 'production') {
      response.status(404).type('text/plain; charset=utf-8').send('Not found\n');
      return;
    }
    const demo = readDemo(this.config.dataDir);
    const body = demo?.complete && demo.ownerId ? this.demoBody(demo, demo.ownerId) : this.noDemoBody(demo);
    this.sendPage(response, 'fr', 'Démo — réservation en ligne OSMB', body);
  }

  @Public()
  @Get('guest/bookings/:token')
  guestPage(@Param('token') token: string, @Query('lang') asked: unknown, @Headers('accept-language') acceptLanguage: string | undefined, @Res() response: Response): void {
    const lang = pageLang(asked, acceptLanguage);
    const code = lang === 'EN' ? 'en' : 'fr';
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('X-Robots-Tag', 'noindex, nofollow');
    if (readGuestToken(token) === null) {
      this.sendPage(response, code, lang === 'EN' ? 'Booking not found' : 'Réservation introuvable', `<h1>${lang === 'EN' ? 'This link names no booking.' : 'Ce lien ne correspond à aucune réservation.'}</h1>`, 404);
      return;
    }
    const title = lang === 'EN' ? 'Your booking' : 'Votre réservation';
    const noScript = lang === 'EN' ? 'Your booking shows here with JavaScript on.' : 'Votre réservation s’affiche ici avec JavaScript activé.';
    this.sendPage(response, code, title, `<h1>${title}</h1><osmb-booking booking-token="${escapeHtml(token)}"></osmb-booking><noscript><p>${noScript}</p></noscript>`);
  }

  /**
   * The booking engine on a page of the app's own (see bookingPageUrl): a destination's search
   * links each result here, the stay and the destination in the query.
   */
  @Public()
  @Get('book/:accommodationId')
  bookingPage(
    @Param('accommodationId') accommodationId: string,
    @Query() query: Record<string, unknown>,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res() response: Response,
  ): void {
    const lang = pageLang(query.lang, acceptLanguage);
    const code = lang === 'EN' ? 'en' : 'fr';
    const destination = query.destination;
    if (!isUuid(accommodationId) || (destination !== undefined && (typeof destination !== 'string' || !isUuid(destination)))) {
      this.sendPage(response, code, lang === 'EN' ? 'Accommodation not found' : 'Hébergement introuvable', `<h1>${lang === 'EN' ? 'This link names no accommodation.' : 'Ce lien ne correspond à aucun hébergement.'}</h1>`, 404);
      return;
    }
    // A day that is no calendar day is left out: the page opens on no stay rather than refuse the link.
    const day = (value: unknown) => (isCalendarDate(value) ? value : null);
    const attributes = [
      ['accommodation', accommodationId],
      ['destination', destination ?? null],
      ['arrival', day(query.arrival)],
      ['departure', day(query.departure)],
      ['lang', code],
    ]
      .filter((pair): pair is [string, string] => pair[1] !== null)
      .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
      .join('');
    const title = lang === 'EN' ? 'Book your stay' : 'Réservez votre séjour';
    const noScript = lang === 'EN' ? 'Booking needs JavaScript on.' : 'La réservation a besoin de JavaScript.';
    this.sendPage(response, code, title, `<h1>${title}</h1><osmb-booking${attributes}></osmb-booking><noscript><p>${noScript}</p></noscript>`);
  }

  private sendPage(response: Response, lang: 'fr' | 'en', title: string, body: string, status = 200): void {
    const images = new URL(publicUrl(this.config)).origin;
    const html =
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
      `<meta name="robots" content="noindex,nofollow"><meta name="referrer" content="no-referrer"><title>${escapeHtml(title)}</title><style>${STYLE}</style>` +
      `<script src="${WIDGET_SRC}" defer></script></head><body><main>${body}</main></body></html>`;
    response
      .status(status)
      .type('text/html; charset=utf-8')
      .setHeader('Cache-Control', 'no-store')
      .setHeader('Content-Security-Policy', pageContentSecurityPolicy({ styleHashes: [STYLE_HASH], imageOrigins: [images] }))
      .send(html);
  }

  private demoBody(demo: DemoData, ownerId: string): string {
    const base = publicUrl(this.config);
    const [gite] = demo.accommodations;
    const snippet = `<script src="${base}${WIDGET_SRC}" defer></script>\n<osmb-booking accommodation="${gite?.id ?? '…'}" lang="fr"></osmb-booking>`;
    const widgets = demo.accommodations
      .map((a, i) => `<h2 id="hebergement-${i + 1}">${escapeHtml(a.name)}</h2><osmb-booking id="demo-${i + 1}" accommodation="${escapeHtml(a.id)}" lang="fr"></osmb-booking>`)
      .join('');
    return (
      `<h1>Démo du module de réservation</h1>` +
      `<p>Cette page montre le widget qu’un propriétaire colle sur son propre site : calendrier des disponibilités, tarifs, recherche par dates, ` +
      `formulaire de réservation et paiement de l’acompte. Les données sont celles d’un propriétaire de démonstration créé au premier démarrage ` +
      `(<code>npm start</code> sur la base embarquée).</p>` +
      `<p class="note">Le paiement passe par le prestataire de test local : aucune somme n’est prélevée. Code promo à essayer : <code>BIENVENUE</code>.</p>` +
      `<h2>Le code à coller</h2><pre><code>${escapeHtml(snippet)}</code></pre>` +
      `<p class="note">Avec <code>owner="${escapeHtml(ownerId)}"</code> au lieu de <code>accommodation</code>, le widget cherche parmi tous les hébergements du propriétaire ; ` +
      `<code>lang="en"</code> le passe en anglais.</p>` +
      widgets +
      `<h2 id="recherche">Tous les hébergements du propriétaire</h2><osmb-booking id="demo-owner" owner="${escapeHtml(ownerId)}" lang="fr"></osmb-booking>` +
      `<h2 id="donnees-personnelles">Données personnelles</h2>` +
      `<p>Dans cette démonstration, les réservations restent sur votre machine. Les coordonnées saisies servent seulement à la réservation et aux e-mails, ` +
      `écrits en fichiers <code>.eml</code> sous <code>${escapeHtml(join(this.config.dataDir, 'mail'))}</code>.</p>` +
      `<h2>Espace propriétaire</h2><p>Le propriétaire de démonstration se connecte par l’API GraphQL (<code>${escapeHtml(base)}/graphql</code>) ` +
      `avec l’adresse <code>${escapeHtml(demo.email)}</code> et le mot de passe rangé dans <code>${escapeHtml(join(this.config.dataDir, DEMO_FILE))}</code>.</p>`
    );
  }

  private noDemoBody(demo: DemoData | null): string {
    const interrupted = demo !== null ? `<p>Leur création a commencé sans aboutir : elle reprend là où elle s’est arrêtée au prochain démarrage.</p>` : '';
    return (
      `<h1>Démo du module de réservation</h1>` +
      `<p>Il n’y a pas encore de données de démonstration ici.</p>${interrupted}` +
      `<p>Elles se créent toutes seules quand l’application démarre sur sa base embarquée (sans <code>DATABASE_URL</code>) et hors production : ` +
      `lancez <code>npm start</code>, attendez la ligne « Démo : … » dans le terminal, puis rechargez cette page. ` +
      `Un propriétaire (<code>${DEMO_EMAIL}</code>), un gîte et une chambre d’hôtes avec leurs tarifs des douze prochains mois, ` +
      `ses conditions de vente et le paiement de test sont alors créés par l’API publique, une seule fois.</p>` +
      `<p class="note">Sur un serveur PostgreSQL (<code>DATABASE_URL</code>), rien n’est créé : ces données de démonstration n’ont rien à faire dans une vraie base.</p>`
    );
  }

  /** The built script, read again only when the build rewrote it. */
  private widgetFile(): WidgetFile | null {
    for (const path of WIDGET_CANDIDATES) {
      let mtimeMs: number;
      try {
        mtimeMs = statSync(path).mtimeMs;
      } catch {
        continue;
      }
      if (this.widget?.path === path && this.widget.mtimeMs === mtimeMs) return this.widget;
      const bytes = readFileSync(path);
      this.widget = { path, mtimeMs, bytes, etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"` };
      return this.widget;
    }
    return null;
  }
}
