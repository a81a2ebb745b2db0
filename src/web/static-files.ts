import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';

const TYPES: Readonly<Record<string, string>> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
};
type Asset = 'style.css' | 'reading.js' | 'my-bias.js' | 'favicon.svg';

const FILES = new Map(
  (['style.css', 'reading.js', 'my-bias.js', 'favicon.svg'] as const).map((name) => {
    const body = readFileSync(join(import.meta.dirname, 'static', name), 'utf8');
    const version = createHash('sha1').update(body).digest('base64url').slice(0, 10);
    return [name, { body, version, type: TYPES[name.split('.').pop()!]! }] as const;
  }),
);

/** The URL of a static file, versioned by its content so that it can be cached for a year. */
export function assetUrl(name: Asset): string {
  return `/static/${name}?v=${FILES.get(name)!.version}`;
}

/** GET /static/:name: the stylesheet, the two small scripts and the icon. */
export function staticFiles(): Hono {
  const app = new Hono();
  app.get('/:name', (c) => {
    const file = FILES.get(c.req.param('name') as Asset);
    if (!file) return c.notFound();
    const current = c.req.query('v') === file.version;
    return c.body(file.body, 200, {
      'content-type': file.type,
      'cache-control': current ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    });
  });
  return app;
}

/** GET /favicon.ico for clients that ask for it without reading the page's icon link. */
export function faviconRedirect(): Hono {
  const app = new Hono();
  app.get('/favicon.ico', (c) => c.redirect(assetUrl('favicon.svg'), 301));
  return app;
}
