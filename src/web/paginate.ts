import { parseIntParam } from './params.ts';

/** A page of a list: how many and from where. */
export interface PageRequest {
  readonly limit: number;
  readonly offset: number;
}

/** `?limit=&offset=` of an API list, with their bounds. */
export function parseApiPage(
  query: (name: string) => string | undefined,
  { fallback = 50, max = 200 }: { fallback?: number; max?: number } = {},
): PageRequest {
  return {
    limit: parseIntParam(query('limit'), 'limit', { min: 1, max, fallback }),
    offset: parseIntParam(query('offset'), 'offset', { min: 0, max: 1_000_000, fallback: 0 }),
  };
}

/** `?page=` of a page (1-based) as limit and offset. */
export function parsePageNumber(value: string | undefined, perPage: number): PageRequest & { page: number } {
  const page = parseIntParam(value, 'page', { min: 1, max: 10_000, fallback: 1 });
  return { page, limit: perPage, offset: (page - 1) * perPage };
}

/** The URL of the same request with `changes` applied to its query (null removes a parameter). */
export function withQuery(
  url: URL | string,
  changes: Readonly<Record<string, string | number | null>>,
): string {
  const next = new URL(url);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) next.searchParams.delete(name);
    else next.searchParams.set(name, String(value));
  }
  return `${next.pathname}${next.search}`;
}

/** An RFC 8288 Link header with the next and previous pages of an API list (undefined when there is neither). */
export function linkHeader(url: string, page: PageRequest, hasMore: boolean): string | undefined {
  const links: string[] = [];
  if (hasMore)
    links.push(`<${withQuery(url, { limit: page.limit, offset: page.offset + page.limit })}>; rel="next"`);
  if (page.offset > 0)
    links.push(
      `<${withQuery(url, { limit: page.limit, offset: Math.max(0, page.offset - page.limit) })}>; rel="prev"`,
    );
  return links.length > 0 ? links.join(', ') : undefined;
}
