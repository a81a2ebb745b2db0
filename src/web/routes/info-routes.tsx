import { Hono } from 'hono';
import { describeBlindspotRule } from '../../coverage/index.ts';
import { memoize } from '../memo.ts';
import { sendPage } from '../respond.ts';
import { type AboutFigures, AboutPage } from '../ui/about-page.tsx';
import { MyBiasPage } from '../ui/my-bias-page.tsx';
import type { AppContext, WebEnv } from '../web-env.ts';

/** GET /about (the method, with this instance's figures) and /my-bias (the reader's own history, in-browser). */
export function infoRoutes(app: AppContext): Hono<WebEnv> {
  const { store, outlets } = app.deps;
  const figures = memoize(async (): Promise<AboutFigures> => {
    const [stories, articles, publishing] = await Promise.all([
      store.stories.count(),
      store.articles.count(),
      app.publishingOutlets(),
    ]);
    const ratedOutlets = publishing.filter((p) => outlets.get(p.outletId)?.bias).length;
    return { stories, articles, outlets: publishing.length, ratedOutlets };
  }, 60_000);
  const routes = new Hono<WebEnv>();
  routes.get('/my-bias', (c) => sendPage(c, app, ['my-bias'], () => <MyBiasPage prefs={c.get('prefs')} />));
  routes.get('/about', async (c) => {
    const f = await figures();
    return sendPage(c, app, ['about', f.stories, f.articles, f.outlets, f.ratedOutlets], () => (
      <AboutPage
        figures={f}
        rule={describeBlindspotRule(app.blindspot)}
        blindspot={app.blindspot}
        frontPageDays={app.deps.options.frontPageDays}
        prefs={c.get('prefs')}
      />
    ));
  });
  return routes;
}
