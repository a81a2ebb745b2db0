import { sameTimeOutlets } from '../../coverage/index.ts';
import type { Article, Coverage, Outlet, RaterValue } from '../../domain/index.ts';
import { isOpinionPiece } from '../../text/index.ts';
import { originalReason } from '../original-reason.ts';
import type { StoredExplanation, TopicSummary } from '../../store/index.ts';
import type { StoryView } from '../prefs/view-stories.ts';

/** Coverage in the API: counts by side, shares over rated outlets, and the distributions. */
export function coverageJson(c: Coverage) {
  return {
    left: c.left,
    center: c.center,
    right: c.right,
    unrated: c.unrated,
    rated: c.rated,
    shares: c.shares,
    factuality: c.factuality,
    ownership: c.ownership,
  };
}

/** A story in lists (coverage as the request's preferences see it). */
export function storySummaryJson(view: StoryView) {
  const s = view.story;
  return {
    id: s.id,
    title: s.title,
    summary: s.summary,
    url: `/stories/${s.id}`,
    article_count: view.coverage.articles,
    outlet_count: view.coverage.outlets,
    coverage: coverageJson(view.coverage),
    blindspot: view.blindspot,
    first_published_at: s.firstPublishedAt,
    updated_at: s.updatedAt,
    version: s.version,
    ...(view.hiddenArticles > 0 && {
      hidden: { outlets: view.hiddenOutlets, articles: view.hiddenArticles },
    }),
  };
}

/** An outlet as it appears beside an article. */
export function outletBadgeJson(o: Outlet | undefined, id: string | null) {
  if (!o)
    return id === null
      ? null
      : { id, name: id, bias: null, factuality: null, url: `/sources/${encodeURIComponent(id)}` };
  return {
    id: o.id,
    name: o.name,
    bias: o.bias ? { label: o.bias.label, bucket: o.bias.bucket, score: o.bias.score } : null,
    factuality: o.factuality?.label ?? null,
    url: `/sources/${encodeURIComponent(o.id)}`,
  };
}

/** Outlets of the shown articles published at the first reporter's very time, whether or not it is shown itself. */
function sameTimeOutletsOf(firstId: number, shown: readonly Article[], all: readonly Article[]): string[] {
  const first = all.find((a) => a.id === firstId);
  return first ? sameTimeOutlets(shown, first) : [];
}

/**
 * A story with the articles the request's preferences show (of `all` its articles), why each joined, and how many
 * readers flagged each as not belonging here.
 */
export function storyDetailJson(
  view: StoryView,
  articles: readonly Article[],
  all: readonly Article[],
  outletOf: (id: string) => Outlet | undefined,
  explanations: readonly StoredExplanation[],
  storyTitles: ReadonlyMap<number, string>,
  readerFlags: ReadonlyMap<number, number> = new Map(),
) {
  const s = view.story;
  const why = new Map(explanations.map((e) => [e.articleId, e]));
  const copiesOf = new Map<number, number[]>();
  for (const a of articles) {
    if (a.duplicateOf === null) continue;
    if (copiesOf.has(a.duplicateOf)) copiesOf.get(a.duplicateOf)!.push(a.id);
    else copiesOf.set(a.duplicateOf, [a.id]);
  }
  return {
    ...storySummaryJson(view),
    title_article_ids: s.titleArticleIds,
    summary_article_ids: s.summaryArticleIds,
    key_points: s.keyPoints.map((p) => ({ text: p.text, article_ids: p.articleIds })),
    frames: s.frames.map((f) => ({
      side: f.side,
      points: f.points.map((p) => ({ text: p.text, article_ids: p.articleIds })),
      terms: f.terms,
    })),
    entities: s.entities,
    first_reporter: s.firstReporter && {
      article_id: s.firstReporter.articleId,
      outlet_id: s.firstReporter.outletId,
      same_time_outlet_ids: sameTimeOutletsOf(s.firstReporter.articleId, articles, all),
    },
    articles: articles.map((a) => {
      const e = why.get(a.id);
      return {
        ...articleJson(a, outletOf),
        language: a.language,
        duplicate_of: a.duplicateOf,
        copies: copiesOf.get(a.id) ?? [],
        original_reason: copiesOf.has(a.id)
          ? originalReason(
              a,
              articles.filter((c) => c.duplicateOf === a.id),
            ) || null
          : null,
        explanation: e
          ? {
              opened_story: e.isNew,
              score: e.score,
              runner_up: e.runnerUp && {
                story_id: e.runnerUp.story,
                title: storyTitles.get(e.runnerUp.story) ?? null,
                score: e.runnerUp.score,
              },
              shared_terms: e.sharedTerms,
              shared_entities: e.sharedEntities,
              moved_by_operator: e.movedByOperator === true,
            }
          : null,
        reader_flags: readerFlags.get(a.id) ?? 0,
      };
    }),
  };
}

/** What the API says of every article it lists: what it is, where it is, who published it, and whether it is opinion. */
export function articleJson(a: Article, outletOf: (id: string) => Outlet | undefined) {
  const outlet = a.outletId ? outletOf(a.outletId) : undefined;
  return {
    id: a.id,
    title: a.title,
    lead: a.lead,
    url: a.url,
    published_at: a.publishedAt,
    outlet: outletBadgeJson(outlet, a.outletId),
    opinion: isOpinionPiece({ title: a.title, url: a.url, outletName: outlet?.name }),
  };
}

/** One rater value as the API shows it. */
export function raterJson(r: RaterValue) {
  return {
    rater: r.rater,
    value: r.value,
    score: r.score ?? null,
    as_of: r.asOf,
    source: r.source,
    kind: r.kind ?? 'bias',
    dataset: r.dataset ?? null,
    weight: r.weight ?? null,
    note: r.note ?? null,
  };
}

/** An outlet with every blended figure traced to its raters. */
export function outletJson(o: Outlet | undefined, id: string) {
  if (!o)
    return {
      id,
      name: id,
      url: `/sources/${encodeURIComponent(id)}`,
      domains: [id],
      bias: null,
      factuality: null,
      ownership: null,
      flags: [],
      raters: [],
    };
  return {
    id: o.id,
    name: o.name,
    url: `/sources/${encodeURIComponent(o.id)}`,
    domains: o.domains,
    homepage: o.homepage ?? null,
    country: o.country ?? null,
    language: o.language ?? null,
    bias: o.bias
      ? {
          score: o.bias.score,
          label: o.bias.label,
          bucket: o.bias.bucket,
          raters: o.bias.raters.map(raterJson),
        }
      : null,
    factuality: o.factuality
      ? { label: o.factuality.label, raters: o.factuality.raters.map(raterJson) }
      : null,
    ownership: o.ownership
      ? {
          owner: o.ownership.owner ?? null,
          category: o.ownership.category ?? null,
          raters: o.ownership.raters.map(raterJson),
        }
      : null,
    flags: o.flags,
    raters: (o.raters ?? []).map(raterJson),
  };
}

/** A topic in the API. */
export function topicJson(t: TopicSummary) {
  return {
    slug: t.slug,
    name: t.name,
    stories: t.stories,
    latest_at: t.latestAt,
    url: `/topics/${encodeURIComponent(t.slug)}`,
  };
}
