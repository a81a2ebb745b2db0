// Paths that are the site's front page in another spelling, not a section with a rating of its own.
const FRONT_PAGES = new Set([
  '/index.php',
  '/index.html',
  '/index.aspx',
  '/home.aspx',
  '/home',
  '/news',
  '/en',
  '/us',
  '/daily',
  '/national',
]);

/**
 * The section path a rating list gives with a homepage URL ("/pulse", "/observer"), without trailing slashes or a
 * #fragment; "" for the front page however spelt ("/", "/index.html", "/en", "/news").
 */
export function sitePath(path: string): string {
  const clean = path.replace(/#.*$/, '').replace(/\/+$/, '');
  return FRONT_PAGES.has(clean) ? '' : clean;
}
