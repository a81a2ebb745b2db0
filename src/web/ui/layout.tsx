import type { Child } from 'hono/jsx';

export interface LayoutProps {
  readonly title: string;
  readonly description?: string;
  readonly children?: Child;
}

/** The page frame: landmarks, navigation, search, and the data credits. */
export function Layout({ title, description, children }: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>{title === 'Parallax' ? title : `${title} · Parallax`}</title>
        {description && <meta name="description" content={description} />}
        <link rel="stylesheet" href="/static/style.css" />
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
            <a href="/">Top stories</a>
            <a href="/latest">Latest</a>
            <a href="/blindspots">Blindspots</a>
            <a href="/my-bias">My bias</a>
            <a href="/about">About</a>
          </nav>
          <form class="search" action="/search" method="get" aria-label="Search">
            <label for="q" class="visually-hidden">
              Search stories
            </label>
            <input id="q" name="q" type="search" placeholder="Search stories" />
          </form>
        </header>
        <main id="main">{children}</main>
        <footer class="site">
          <p>
            Parallax is open source. Ratings: Media Bias/Fact Check, AllSides, Baly et al.; see{' '}
            <a href="/about">how it works</a>.
          </p>
        </footer>
      </body>
    </html>
  );
}
