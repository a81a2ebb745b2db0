import type { Article, Coverage, Outlet, Story } from '../../domain/index.ts';
import type { StoredExplanation } from '../../store/index.ts';

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

/** A story in lists. */
export function storySummaryJson(s: Story) {
  return {
    id: s.id,
    title: s.title,
    summary: s.summary,
    url: `/stories/${s.id}`,
    article_count: s.coverage.articles,
    outlet_count: s.coverage.outlets,
    coverage: coverageJson(s.coverage),
    blindspot: s.blindspot,
    first_published_at: s.firstPublishedAt,
    updated_at: s.updatedAt,
    version: s.version,
  };
}

/** An outlet as it appears beside an article. */
export function outletBadgeJson(o: Outlet | undefined, id: string | null) {
  if (!o) return id === null ? null : { id, name: id, bias: null, factuality: null, url: null };
  return {
    id: o.id,
    name: o.name,
    bias: o.bias ? { label: o.bias.label, bucket: o.bias.bucket, score: o.bias.score } : null,
    factuality: o.factuality?.label ?? null,
    url: `/sources/${encodeURIComponent(o.id)}`,
  };
}

/** A story with its articles and why each joined. */
export function storyDetailJson(
  s: Story,
  articles: readonly Article[],
  outletOf: (id: string) => Outlet | undefined,
  explanations: readonly StoredExplanation[],
) {
  const why = new Map(explanations.map((e) => [e.articleId, e]));
  return {
    ...storySummaryJson(s),
    key_points: s.keyPoints.map((p) => ({ text: p.text, article_ids: p.articleIds })),
    frames: s.frames,
    entities: s.entities,
    first_reporter: s.firstReporter && {
      article_id: s.firstReporter.articleId,
      outlet_id: s.firstReporter.outletId,
    },
    articles: articles.map((a) => {
      const e = why.get(a.id);
      return {
        id: a.id,
        title: a.title,
        lead: a.lead,
        url: a.url,
        published_at: a.publishedAt,
        outlet: outletBadgeJson(a.outletId ? outletOf(a.outletId) : undefined, a.outletId),
        duplicate_of: a.duplicateOf,
        explanation: e
          ? {
              opened_story: e.isNew,
              score: e.score,
              runner_up: e.runnerUp && { story_id: e.runnerUp.story, score: e.runnerUp.score },
              shared_terms: e.sharedTerms,
              shared_entities: e.sharedEntities,
            }
          : null,
      };
    }),
  };
}
