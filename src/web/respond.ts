import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { sendCached } from './cache/send-cached.ts';
import type { AppContext, WebEnv } from './web-env.ts';

const DOCTYPE = '<!DOCTYPE html>';
const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

/** Renders a JSX page to a string with its doctype (hono's c.html adds none). */
export async function renderHtml(page: Child): Promise<string> {
  return DOCTYPE + (await (page as { toString(): string | Promise<string> }).toString());
}

/**
 * Answers with a page cached under `parts` plus the reader's preferences and the current minute (pages say
 * "updated 3 h ago"), with ETag and 304. `parts` must name the version of everything the page shows.
 */
export function sendPage(
  c: Context<WebEnv>,
  app: AppContext,
  parts: readonly (string | number)[],
  render: () => Child | Promise<Child>,
): Promise<Response> {
  const minute = Math.floor(app.deps.clock().getTime() / 60_000);
  const key = ['page', ...parts, c.get('prefsKey'), minute].join('|');
  return sendCached(
    c,
    app.cache,
    key,
    async () => ({ body: await renderHtml(await render()), contentType: HTML }),
    {
      vary: 'Cookie',
    },
  );
}

/**
 * Answers with JSON cached under `parts` (which must name the versions it depends on), with ETag, Last-Modified
 * and 304.
 */
export function sendJson(
  c: Context<WebEnv>,
  app: AppContext,
  parts: readonly (string | number)[],
  build: () => unknown | Promise<unknown>,
  headers?: Readonly<Record<string, string>>,
): Promise<Response> {
  const key = ['json', ...parts].join('|');
  return sendCached(
    c,
    app.cache,
    key,
    async () => ({
      body: JSON.stringify(await build()),
      contentType: JSON_TYPE,
      ...(headers && { headers }),
    }),
    { lastModified: true },
  );
}

/** The version key of a list of stories: their ids and versions, in order. */
export function versionsOf(stories: readonly { readonly id: number; readonly version: number }[]): string {
  return stories.map((s) => `${s.id}.${s.version}`).join(',');
}
