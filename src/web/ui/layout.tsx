import type { Child } from 'hono/jsx';
import type { Preferences } from '../prefs/preferences.ts';
import { assetUrl } from '../static-files.ts';

export type NavKey =
  | 'top'
  | 'latest'
  | 'blindspots'
  | 'topics'
  | 'sources'
  | 'my-bias'
  | 'about'
  | 'settings'
  | 'search';

/** A feed offered to readers' feed readers (<link rel="alternate">). */
export interface FeedLink {
  readonly title: string;
  /** Path without extension, e.g. "/feeds/top". */
  readonly path: string;
  /** Query string for the feed URL, with its "?" (searches). */
  readonly query?: string;
}

export interface LayoutProps {
  readonly title: string;
  readonly description?: string;
  readonly current?: NavKey;
  readonly prefs?: Preferences;
  readonly feed?: FeedLink;
  readonly query?: string;
  readonly scripts?: readonly ('reading.js' | 'my-bias.js')[];
  readonly children?: Child;
}

const NAV: readonly (readonly [NavKey, string, string])[] = [
  ['top', '/', 'Top stories'],
  ['latest', '/latest', 'Latest'],
  ['blindspots', '/blindspots', 'Blindspots'],
  ['topics', '/topics', 'Topics'],
  ['sources', '/sources', 'Sources'],
  ['my-bias', '/my-bias', 'My bias'],
  ['about', '/about', 'About'],
];

/** The page frame: landmarks, navigation, search, the reader's preferences, and the data credits. */
export function Layout({
  title,
  description,
  current,
  prefs,
  feed,
  query,
  scripts = [],
  children,
}: LayoutProps) {
  const hiding = prefs ? prefs.hidden.length + (prefs.minFactuality ? 1 : 0) : 0;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>{title === 'Parallax' ? title : `${title} · Parallax`}</title>
        {description && <meta name="description" content={description} />}
        <link rel="icon" type="image/svg+xml" href={assetUrl('favicon.svg')} />
        <link rel="stylesheet" href={assetUrl('style.css')} />
        {feed && (
          <>
            <link
              rel="alternate"
              type="application/rss+xml"
              title={feed.title}
              href={`${feed.path}.rss${feed.query ?? ''}`}
            />
            <link
              rel="alternate"
              type="application/atom+xml"
              title={feed.title}
              href={`${feed.path}.atom${feed.query ?? ''}`}
            />
            <link
              rel="alternate"
              type="application/feed+json"
              title={feed.title}
              href={`${feed.path}.json${feed.query ?? ''}`}
            />
          </>
        )}
        {scripts.map((name) => (
          <script src={assetUrl(name)} defer />
        ))}
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="site">
          <a class="brand" href="/">
            Parallax
          </a>
          <nav aria-label="Main">
            <ul>
              {NAV.map(([key, href, label]) => (
                <li>
                  <a href={href} aria-current={key === current ? 'page' : undefined}>
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <search class="search">
            <form action="/search" method="get">
              <label for="site-q" class="visually-hidden">
                Search stories and articles
              </label>
              <input id="site-q" name="q" type="search" placeholder="Search stories" value={query ?? ''} />
              <button type="submit">Search</button>
            </form>
          </search>
        </header>
        {hiding > 0 && prefs && (
          <p class="prefs-note" role="note">
            Your preferences apply:{' '}
            {prefs.hidden.length > 0 &&
              `${prefs.hidden.length} hidden outlet${prefs.hidden.length === 1 ? '' : 's'}`}
            {prefs.hidden.length > 0 && prefs.minFactuality && ', '}
            {prefs.minFactuality && `minimum factuality ${prefs.minFactuality.replace('-', ' ')}`}.{' '}
            <a href="/settings">Change</a>
          </p>
        )}
        <main id="main">{children}</main>
        <footer class="site">
          <nav aria-label="Site">
            <a href="/about">How Parallax works</a> · <a href="/settings">Preferences</a> ·{' '}
            <a href="/api/openapi.json">API</a> · <a href="/feeds">Feeds</a> ·{' '}
            <a href="/sources">Ratings data</a>
          </nav>
          <p>
            Parallax is open source. Outlet ratings come from Media Bias/Fact Check, AllSides and Baly et al.;
            each figure links to its rater on the outlet's page.
          </p>
          <svg class="defs" aria-hidden="true" width="0" height="0" focusable="false">
            <defs>
              <pattern
                id="hatch"
                patternUnits="userSpaceOnUse"
                width="6"
                height="6"
                patternTransform="rotate(45)"
              >
                <rect class="hatch-bg" width="6" height="6" />
                <line class="hatch-line" x1="0" y1="0" x2="0" y2="6" />
              </pattern>
            </defs>
          </svg>
        </footer>
      </body>
    </html>
  );
}
