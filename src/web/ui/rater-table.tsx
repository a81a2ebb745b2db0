import type { RaterValue } from '../../domain/index.ts';

const RATER_NAMES: Readonly<Record<string, string>> = {
  mbfc: 'Media Bias/Fact Check',
  allsides: 'AllSides',
  baly: 'Baly et al. (ACL 2018/2020 data set)',
  local: 'Local override',
};

/** The display name of a rater id. */
export function raterName(rater: string): string {
  return RATER_NAMES[rater] ?? rater;
}

/** Every rater value behind a blended figure: who said what, when, where, and how much it counted. */
export function RaterTable({ caption, raters }: { caption: string; raters: readonly RaterValue[] }) {
  if (raters.length === 0) return <p class="muted">No rater values on record.</p>;
  const showScore = raters.some((r) => r.score !== undefined);
  return (
    <div class="table-wrap">
      <table class="raters">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Rater</th>
            <th scope="col">Their rating</th>
            {showScore && <th scope="col">On our −3…+3 scale</th>}
            <th scope="col">As of</th>
            <th scope="col">Weight</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {raters.map((r) => (
            <tr class={r.weight === 0 ? 'unused' : undefined}>
              <th scope="row">
                {raterName(r.rater)}
                {r.dataset && <span class="muted"> ({r.dataset})</span>}
              </th>
              <td>
                {r.value}
                {r.note && <div class="muted">{r.note}</div>}
              </td>
              {showScore && <td>{r.score === undefined ? '—' : signed(r.score)}</td>}
              <td class="nowrap">{r.asOf || '—'}</td>
              <td>{r.weight === undefined ? '—' : r.weight === 0 ? 'not used' : String(r.weight)}</td>
              <td>
                <SourceLink source={r.source} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SourceLink({ source }: { source: string }) {
  const { label, href } = sourceReference(source);
  if (href)
    return (
      <a href={href} rel="noopener noreferrer nofollow">
        {label}
      </a>
    );
  return <span>{label}</span>;
}

/**
 * What a rater's source shows and where it links: a URL by its host; a reference that names its page with the URL in
 * brackets at the end (the curated ownership's 'Wikipedia, "CNN" (https://en.wikipedia.org/wiki/CNN)') by its name,
 * linked to that URL; anything else as text.
 */
export function sourceReference(source: string): { label: string; href?: string } {
  if (/^https?:\/\//i.test(source)) return { label: hostOf(source), href: source };
  const cited = /^(.+?)\s*\((https?:\/\/[^\s]+)\)$/i.exec(source.trim());
  if (cited) return { label: cited[1]!, href: cited[2]! };
  return { label: source || '—' };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** "+1.5", "−2.0", "0.0". */
export function signed(score: number): string {
  if (score === 0) return '0.0';
  return `${score > 0 ? '+' : '−'}${Math.abs(score).toFixed(1)}`;
}
