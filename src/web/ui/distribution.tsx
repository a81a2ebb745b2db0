import { wholePercents } from '../../domain/index.ts';

/** A distribution of outlets over labels ("High: 6 (60%)"), in `order` first, then by count. */
export function Distribution(props: {
  title: string;
  counts: Readonly<Record<string, number>>;
  names?: Readonly<Record<string, string>>;
  order?: readonly string[];
  note?: string;
}) {
  const total = Object.values(props.counts).reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const rank = (key: string) => {
    const i = props.order?.indexOf(key) ?? -1;
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  const entries = Object.entries(props.counts)
    .filter(([, n]) => n > 0)
    .sort((a, b) => rank(a[0]) - rank(b[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const percents = wholePercents(entries.map(([, n]) => n));
  return (
    <section class="distribution" aria-label={props.title}>
      <h3>{props.title}</h3>
      <ul>
        {entries.map(([key, n], i) => (
          <li>
            <span class="dist-name">{props.names?.[key] ?? nameOf(key)}</span>{' '}
            <span class="dist-count">
              {n} ({percents[i]}%)
            </span>
            <meter min="0" max={total} value={n} aria-hidden="true" />
          </li>
        ))}
      </ul>
      {props.note && <p class="muted">{props.note}</p>}
    </section>
  );
}

function nameOf(key: string): string {
  if (key === 'unrated') return 'Not rated';
  if (key === 'unknown') return 'Unknown';
  return key;
}
