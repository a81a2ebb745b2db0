import { locateUrl } from '../locate-url.ts';
import { sitePath } from './site-path.ts';

/** One rating of AllSides' 2022 URL list, read as a host rating or as a section of a host. */
export interface AllsidesListItem {
  readonly url: string;
  readonly host: string;
  /** Path prefix without trailing slash, for a section; "" for the host itself. */
  readonly path: string;
  readonly value: string;
}

/**
 * Reads AllSides' {homepage URL: rating} list. Opinion sections are left out (a news outlet's row is its news
 * rating, and opinion pieces do not live under the section's path), as are allsides.com pages and video platforms,
 * whose ratings belong to a channel; `skipped` says why for each.
 */
export function readAllsidesList(json: unknown): { items: AllsidesListItem[]; skipped: string[] } {
  const items: AllsidesListItem[] = [];
  const skipped: string[] = [];
  for (const [url, value] of Object.entries(json as Record<string, unknown>)) {
    const location = locateUrl(url);
    if (!location || typeof value !== 'string') {
      skipped.push(`${url}: not a URL with a rating`);
      continue;
    }
    const path = sitePath(location.path);
    if (/opinion/.test(path)) {
      skipped.push(`${url}: opinion section`);
      continue;
    }
    if ((location.host === 'allsides.com' && path !== '') || location.host === 'youtube.com') {
      skipped.push(`${url}: a page of a platform, not an outlet's site`);
      continue;
    }
    items.push({ url, host: location.host, path: sitePath(path), value });
  }
  return { items, skipped };
}
