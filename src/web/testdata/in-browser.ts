// A real Chromium (Debian's, driven by playwright-core: DESIGN §8) reading the fixture app with no server: every
// request the page makes is answered by the app in the browser's place, so a browser test needs no port.
import { existsSync } from 'node:fs';
import type { Hono } from 'hono';
import type { BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
];
/** The origin the pages are read at; any other is refused, so a test never leaves the machine. */
export const FIXTURE_ORIGIN = 'http://parallax.test';
/** The `skip` of a browser test: false, or why it cannot run here. */
export const SKIP_WITHOUT_CHROMIUM: false | string = existsSync(CHROMIUM)
  ? false
  : `${CHROMIUM} is missing (apt-get install chromium); browser test skipped`;

/**
 * Answers every request of `context` from `app` (method, headers and body as sent). Chromium would fetch a fulfilled
 * redirect's target itself, past the route, so a 303 is answered with a refresh to its location (which the route then
 * answers), and the location is noted in `redirects`.
 */
export async function answerFromApp(context: BrowserContext, app: Hono, redirects: string[] = []): Promise<void> {
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.origin !== FIXTURE_ORIGIN) return route.abort();
    const body = request.postData();
    const res = await app.request(url.href, {
      method: request.method(),
      headers: await request.allHeaders(),
      ...(body !== null && { body }),
    });
    const location = res.headers.get('location');
    if (res.status === 303 && location) {
      redirects.push(location);
      return route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: `<meta http-equiv="refresh" content="0; url=${location}">`,
      });
    }
    return route.fulfill({
      status: res.status,
      headers: Object.fromEntries(res.headers),
      body: Buffer.from(await res.arrayBuffer()),
    });
  });
}
