import type { Context } from 'hono';
import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { isFactualityLabel } from '../../domain/index.ts';
import { checkSameOrigin } from '../check-same-origin.ts';
import { HttpError } from '../http-error.ts';
import {
  normalizePreferences,
  PREFERENCES_COOKIE,
  type Preferences,
  serializePreferences,
} from '../prefs/preferences.ts';
import { formBodyLimit, readForm } from '../read-form.ts';
import { renderHtml } from '../respond.ts';
import { SettingsPage } from '../ui/settings-page.tsx';
import type { AppContext, WebEnv } from '../web-env.ts';

const YEAR_S = 365 * 86_400;

/** GET /settings (the form), POST /settings (save or reset), POST /settings/outlet (hide or show one outlet). */
export function settingsRoutes(app: AppContext): Hono<WebEnv> {
  const routes = new Hono<WebEnv>();
  routes.use(formBodyLimit());
  routes.get('/', async (c) => {
    const publishing = await app.publishingOutlets();
    const html = await renderHtml(
      <SettingsPage
        prefs={c.get('prefs')}
        outlets={publishing.map((p) => ({
          id: p.outletId,
          articles: p.articles,
          outlet: app.deps.outlets.get(p.outletId),
        }))}
        outletOf={(id) => app.deps.outlets.get(id)}
        saved={c.req.query('saved') === '1'}
      />,
    );
    return c.html(html, 200, { 'cache-control': 'no-store' });
  });
  routes.post('/', async (c) => {
    checkSameOrigin(c);
    const form = await readForm(c, true);
    if (form.action === 'reset') return savePreferences(c, undefined, '/settings?saved=1');
    const factuality = String(form.min_factuality ?? '');
    const prefs = normalizePreferences({
      hidden: values(form.hide),
      minFactuality: isFactualityLabel(factuality) ? factuality : undefined,
      hideUnratedFactuality: form.hide_unrated_factuality === '1',
    });
    return savePreferences(c, prefs, '/settings?saved=1');
  });
  routes.post('/outlet', async (c) => {
    checkSameOrigin(c);
    const form = await readForm(c, false);
    const id = String(form.outlet ?? '');
    const current = c.get('prefs');
    const hidden = form.action === 'show' ? current.hidden.filter((h) => h !== id) : [...current.hidden, id];
    const prefs = normalizePreferences({ ...current, hidden });
    if (form.action !== 'show' && !prefs.hidden.includes(id))
      throw new HttpError(
        400,
        `web: cannot hide "${id.slice(0, 60)}" (not an outlet id, or already hiding the most)`,
      );
    return savePreferences(c, prefs, safeReturn(String(form.return ?? '')));
  });
  return routes;
}

function savePreferences(c: Context<WebEnv>, prefs: Preferences | undefined, to: string): Response {
  const value = prefs ? serializePreferences(prefs) : '';
  if (value === '') deleteCookie(c, PREFERENCES_COOKIE, { path: '/' });
  else
    setCookie(c, PREFERENCES_COOKIE, value, {
      path: '/',
      maxAge: YEAR_S,
      sameSite: 'Lax',
      httpOnly: true,
      secure: isHttps(c),
    });
  return c.redirect(to, 303);
}

// Behind a proxy that ends TLS the request reaches this server as http://, and the proxy says the scheme the browser
// used. Believing a client that claims https only keeps its own cookie off plain http.
function isHttps(c: Context): boolean {
  const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https' || new URL(c.req.url).protocol === 'https:';
}

function values(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

/** A local path to go back to after a form (never another site). */
export function safeReturn(path: string): string {
  return /^\/(?![/\\])[^\s]*$/.test(path) ? path : '/settings?saved=1';
}
