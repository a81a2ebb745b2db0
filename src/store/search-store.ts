import { type Kysely, type RawBuilder, type Selectable, sql } from 'kysely';
import type { Article, Story } from '../domain/index.ts';
import { toArticle } from './article-store.ts';
import { type ParsedSearch, parseSearch, type SearchTerm, toFtsQuery } from './fts-query.ts';
import { HIT_CLOSE, HIT_OPEN, type HighlightedText, splitHighlights } from './highlighted-text.ts';
import type { DialectName } from './migrations.ts';
import type { ArticleTable, Database, StoryTable } from './schema.ts';
import { toStory, withSourceLanguages } from './story-store.ts';

export interface SearchQuery {
  /** What the reader typed: words, "phrases", -exclusions, OR (see toFtsQuery). */
  readonly text: string;
  readonly limit: number;
  readonly offset?: number;
  /**
   * Articles of these outlets are left out (the reader's hidden outlets); stories, when every article they hold is
   * left out.
   */
  readonly excludeOutlets?: readonly string[];
  /** Articles without an outlet are left out of stories too (the reader hides unrated outlets); stories only. */
  readonly excludeUnknownOutlet?: boolean;
}

export interface SearchResult<T> {
  /** Every match, beyond this page. */
  readonly total: number;
  readonly hits: readonly T[];
}

export interface StoryHit {
  readonly story: Story;
  readonly title: HighlightedText;
  /** Part of the summary around the matches. */
  readonly snippet: HighlightedText;
}

export interface ArticleHit {
  readonly article: Article;
  readonly title: HighlightedText;
  /** Part of the lead around the matches. */
  readonly snippet: HighlightedText;
}

const SNIPPET_TOKENS = 32;
// ts_headline options: the same marks as SQLite's highlight() and snippet().
const PG_WHOLE = `StartSel=${HIT_OPEN}, StopSel=${HIT_CLOSE}, HighlightAll=true`;
const PG_SNIPPET = `StartSel=${HIT_OPEN}, StopSel=${HIT_CLOSE}, MaxWords=${SNIPPET_TOKENS}, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
const STORY_COLUMNS = [
  'id',
  'title',
  'summary',
  'key_points',
  'frames',
  'coverage',
  'blindspot',
  'first_published_at',
  'updated_at',
  'article_count',
  'outlet_count',
  'left_count',
  'center_count',
  'right_count',
  'unrated_count',
  'first_article_id',
  'first_outlet_id',
  'title_sources',
  'summary_sources',
  'entities',
  'version',
  'dirty',
] as const;
const ARTICLE_COLUMNS = [
  'id',
  'url',
  'guid',
  'feed_id',
  'outlet_id',
  'title',
  'lead',
  'author',
  'published_at',
  'fetched_at',
  'language',
  'content_hash',
  'story_id',
  'duplicate_of',
  'updated_at',
] as const;

type Marked = { title_marked: string; snippet_marked: string };

/**
 * Full-text search over story titles and summaries and over article titles and leads, best match first, with
 * the matching words marked: FTS5 with bm25 on SQLite, a tsquery with ts_rank_cd on PostgreSQL. Both read the
 * reader's text the same way (parseSearch).
 */
export class SearchStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  /**
   * Stories whose title or summary match and that hold an article the reader is shown (see SearchQuery), with their
   * languages.
   */
  async searchStories(query: SearchQuery): Promise<SearchResult<StoryHit>> {
    const columns = sql.join(STORY_COLUMNS.map((c) => sql.ref(`s.${c}`)));
    const shown = shownStory(query);
    let total: number;
    let rows: (Selectable<StoryTable> & Marked)[];
    if (this.dialect === 'postgres') {
      const search = parseSearch(query.text);
      if (search === undefined) return { total: 0, hits: [] };
      const q = tsQuery(search);
      total = await this.count(sql`SELECT count(*) AS n FROM stories s WHERE s.search @@ ${q} ${shown}`);
      rows = await this.rows(
        sql`SELECT ${columns}, ts_headline('english', s.title, ${q}, ${PG_WHOLE}) AS title_marked,
          ts_headline('english', s.summary, ${q}, ${PG_SNIPPET}) AS snippet_marked
        FROM stories s WHERE s.search @@ ${q} ${shown}
        ORDER BY ts_rank_cd(s.search, ${q}) DESC, s.updated_at DESC, s.id DESC
        LIMIT ${query.limit} OFFSET ${query.offset ?? 0}`,
      );
    } else {
      const match = toFtsQuery(query.text);
      if (match === undefined) return { total: 0, hits: [] };
      total = await this.count(
        sql`SELECT count(*) AS n FROM stories_fts JOIN stories s ON s.id = stories_fts.rowid
          WHERE stories_fts MATCH ${match} ${shown}`,
      );
      rows = await this.rows(
        sql`SELECT ${columns}, highlight(stories_fts, 0, ${HIT_OPEN}, ${HIT_CLOSE}) AS title_marked,
          snippet(stories_fts, 1, ${HIT_OPEN}, ${HIT_CLOSE}, '…', ${SNIPPET_TOKENS}) AS snippet_marked
        FROM stories_fts JOIN stories s ON s.id = stories_fts.rowid
        WHERE stories_fts MATCH ${match} ${shown}
        ORDER BY bm25(stories_fts, 4.0, 1.0), s.updated_at DESC, s.id DESC
        LIMIT ${query.limit} OFFSET ${query.offset ?? 0}`,
      );
    }
    const stories = await withSourceLanguages(this.db, rows.map(toStory));
    return {
      total,
      hits: rows.map((row, i) => ({
        story: stories[i]!,
        title: splitHighlights(row.title_marked ?? row.title),
        snippet: splitHighlights(row.snippet_marked ?? ''),
      })),
    };
  }

  /** Articles whose title or lead match, leaving out the articles of `excludeOutlets`. */
  async searchArticles(query: SearchQuery): Promise<SearchResult<ArticleHit>> {
    const columns = sql.join(ARTICLE_COLUMNS.map((c) => sql.ref(`a.${c}`)));
    const excluded = query.excludeOutlets ?? [];
    // NOT IN with a NULL outlet would drop articles of unknown outlets; they are never hidden.
    const outletFilter =
      excluded.length === 0
        ? sql``
        : sql`AND (a.outlet_id IS NULL OR a.outlet_id NOT IN (${sql.join(excluded.map((id) => sql`${id}`))}))`;
    let total: number;
    let rows: (Selectable<ArticleTable> & Marked)[];
    if (this.dialect === 'postgres') {
      const search = parseSearch(query.text);
      if (search === undefined) return { total: 0, hits: [] };
      const q = tsQuery(search);
      total = await this.count(
        sql`SELECT count(*) AS n FROM articles a WHERE a.search @@ ${q} ${outletFilter}`,
      );
      rows = await this.rows(
        sql`SELECT ${columns}, ts_headline('english', a.title, ${q}, ${PG_WHOLE}) AS title_marked,
          ts_headline('english', a.lead, ${q}, ${PG_SNIPPET}) AS snippet_marked
        FROM articles a WHERE a.search @@ ${q} ${outletFilter}
        ORDER BY ts_rank_cd(a.search, ${q}) DESC, a.published_at DESC, a.id DESC
        LIMIT ${query.limit} OFFSET ${query.offset ?? 0}`,
      );
    } else {
      const match = toFtsQuery(query.text);
      if (match === undefined) return { total: 0, hits: [] };
      total = await this.count(
        sql`SELECT count(*) AS n FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
          WHERE articles_fts MATCH ${match} ${outletFilter}`,
      );
      rows = await this.rows(
        sql`SELECT ${columns}, highlight(articles_fts, 0, ${HIT_OPEN}, ${HIT_CLOSE}) AS title_marked,
          snippet(articles_fts, 1, ${HIT_OPEN}, ${HIT_CLOSE}, '…', ${SNIPPET_TOKENS}) AS snippet_marked
        FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
        WHERE articles_fts MATCH ${match} ${outletFilter}
        ORDER BY bm25(articles_fts, 4.0, 1.0), a.published_at DESC, a.id DESC
        LIMIT ${query.limit} OFFSET ${query.offset ?? 0}`,
      );
    }
    return {
      total,
      hits: rows.map((row) => ({
        article: toArticle({ ...row, text: null }),
        title: splitHighlights(row.title_marked ?? row.title),
        snippet: splitHighlights(row.snippet_marked ?? ''),
      })),
    };
  }

  private async count(query: RawBuilder<unknown>): Promise<number> {
    const result = await (query as RawBuilder<{ n: number | string }>).execute(this.db);
    return Number(result.rows[0]?.n ?? 0);
  }

  private async rows<T>(query: RawBuilder<unknown>): Promise<T[]> {
    return ((await query.execute(this.db)).rows as T[]) ?? [];
  }
}

/**
 * The condition that keeps a story `s` only when one of its articles is shown under `query`'s exclusions (what
 * viewStories keeps), so that the total and the pages count what the reader sees; empty when nothing is excluded.
 * One probe of the articles_story index per matching story.
 */
function shownStory(query: SearchQuery): RawBuilder<unknown> {
  const excluded = query.excludeOutlets ?? [];
  const unknown = query.excludeUnknownOutlet === true;
  if (excluded.length === 0 && !unknown) return sql``;
  const known = sql`a.outlet_id NOT IN (${sql.join(excluded.map((id) => sql`${id}`))})`;
  const outlet =
    excluded.length === 0
      ? sql`a.outlet_id IS NOT NULL`
      : unknown
        ? sql`a.outlet_id IS NOT NULL AND ${known}`
        : sql`(a.outlet_id IS NULL OR ${known})`;
  return sql`AND EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND ${outlet})`;
}

/**
 * A PostgreSQL tsquery for a parsed search, built from plainto_tsquery and phraseto_tsquery of each term (so no
 * input is a syntax error): the terms of a group joined by ||, the groups by &&, the exclusions by && !!. A prefix
 * counts as its word, as websearch_to_tsquery reads it.
 */
function tsQuery(search: ParsedSearch): RawBuilder<unknown> {
  const one = (term: SearchTerm) =>
    term.phrase
      ? sql`phraseto_tsquery('english', ${term.text})`
      : sql`plainto_tsquery('english', ${term.text})`;
  const any = (terms: readonly SearchTerm[]) =>
    terms.length === 1 ? one(terms[0]!) : sql`(${sql.join(terms.map(one), sql` || `)})`;
  const all = sql.join(search.groups.map(any), sql` && `);
  return search.excluded.length === 0 ? sql`(${all})` : sql`(${all} && !!${any(search.excluded)})`;
}
