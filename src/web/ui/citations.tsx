import type { Article, Outlet } from '../../domain/index.ts';

/** "[Reuters, NPR]": the articles a sentence was taken from, each a link to its place in the full article list. */
export function Citations(props: {
  storyId: number;
  ids: readonly number[];
  byId: ReadonlyMap<number, Article>;
  outletOf: (id: string) => Outlet | undefined;
}) {
  const cited = props.ids.map((id) => props.byId.get(id)).filter((a): a is Article => a !== undefined);
  if (cited.length === 0) return null;
  return (
    <span class="cites">
      [
      {cited.map((a, i) => (
        <>
          {i > 0 && ', '}
          <a href={`/stories/${props.storyId}#article-${a.id}`} title={a.title}>
            {(a.outletId && props.outletOf(a.outletId)?.name) ?? a.outletId ?? 'source'}
          </a>
        </>
      ))}
      ]
    </span>
  );
}
