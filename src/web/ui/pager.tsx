/** Previous / next links between numbered pages of a list (plain links: no JavaScript needed). */
export function Pager({
  page,
  hasMore,
  href,
  labels = ['← Newer', 'Older →'],
}: {
  page: number;
  hasMore: boolean;
  href: (page: number) => string;
  labels?: readonly [string, string];
}) {
  if (page <= 1 && !hasMore) return null;
  return (
    <nav class="pager" aria-label="Pages">
      {page > 1 && (
        <a href={href(page - 1)} rel="prev">
          {labels[0]}
        </a>
      )}
      <span>Page {page}</span>
      {hasMore && (
        <a href={href(page + 1)} rel="next">
          {labels[1]}
        </a>
      )}
    </nav>
  );
}

/** Links to the RSS, Atom and JSON Feed versions of a list. */
export function FeedLinks({ path, label }: { path: string; label: string }) {
  return (
    <p class="feeds">
      Follow {label}: <a href={`${path}.rss`}>RSS</a> · <a href={`${path}.atom`}>Atom</a> ·{' '}
      <a href={`${path}.json`}>JSON Feed</a>
    </p>
  );
}
