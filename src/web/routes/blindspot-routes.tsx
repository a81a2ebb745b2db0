import { Hono } from 'hono';
import { describeBlindspotRule } from '../../coverage/index.ts';
import type { Story } from '../../domain/index.ts';
import { parsePageNumber, withQuery } from '../paginate.ts';
import { parseChoice } from '../params.ts';
import { SHOW_ALL } from '../prefs/outlet-filter.ts';
import { type StoryView, viewStories } from '../prefs/view-stories.ts';
import { sendPage } from '../respond.ts';
import { probeStories } from '../story-probe.ts';
import { BlindspotsPage } from '../ui/blindspots-page.tsx';
import type { AppContext, WebEnv } from '../web-env.ts';

/** Which blindspots to list: all, or those for one side. */
export type BlindspotSide = 'any' | 'left' | 'right';
export const BLINDSPOT_SIDES: readonly BlindspotSide[] = ['any', 'left', 'right'];

/** A page of stored blindspots, newest first (one extra row tells whether there is a next page). */
export function probeBlindspots(
  app: AppContext,
  side: BlindspotSide,
  page: { limit: number; offset: number },
) {
  return probeStories(app.deps.store, {
    blindspot: side,
    order: 'recent',
    limit: page.limit + 1,
    offset: page.offset,
  });
}

/**
 * The blindspots as the reader sees them: under preferences coverage is recomputed without the hidden outlets,
 * and a story that is no longer a blindspot (for the side asked) drops out; `dropped` counts those.
 */
export async function viewBlindspots(
  app: AppContext,
  stories: readonly Story[],
  side: BlindspotSide,
  filter = SHOW_ALL,
): Promise<{ views: StoryView[]; dropped: number }> {
  const all = await viewStories(stories, { ...app.deps, filter, blindspot: app.blindspot });
  const views = all.filter((v) => v.blindspot !== null && (side === 'any' || v.blindspot === side));
  return { views, dropped: stories.length - views.length };
}

const PER_PAGE = 30;

/** GET /blindspots?side=&page=: stories one side barely covered, with the rule that finds them. */
export function blindspotRoutes(app: AppContext): Hono<WebEnv> {
  const routes = new Hono<WebEnv>();
  routes.get('/', async (c) => {
    const side = parseChoice(c.req.query('side'), 'side', BLINDSPOT_SIDES, 'any');
    const { page, limit, offset } = parsePageNumber(c.req.query('page'), PER_PAGE);
    const probe = await probeBlindspots(app, side, { limit, offset });
    return sendPage(c, app, ['blindspots', side, page, probe.key], async () => {
      const { views, dropped } = await viewBlindspots(app, await probe.load(limit), side, c.get('filter'));
      return (
        <BlindspotsPage
          side={side}
          rule={describeBlindspotRule(app.blindspot)}
          views={views}
          dropped={dropped}
          now={app.deps.clock()}
          prefs={c.get('prefs')}
          pager={{
            page,
            hasMore: probe.versions.length > limit,
            href: (p) => withQuery(c.req.url, { page: p === 1 ? null : p }),
          }}
        />
      );
    });
  });
  return routes;
}
