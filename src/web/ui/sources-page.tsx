import { BIAS_LABEL_NAMES, FACTUALITY_NAMES, type Outlet } from '../../domain/index.ts';
import { formatTime } from '../format.ts';
import type { Preferences } from '../prefs/preferences.ts';
import { Layout } from './layout.tsx';
import { sourceHref } from './outlet-badge.tsx';
import { signed } from './rater-table.tsx';

export interface SourceRow {
  readonly outletId: string;
  readonly outlet: Outlet | undefined;
  readonly articles: number;
  readonly latestAt: string;
}

/** Every outlet that published an article here, with its blended ratings; each links to its raters. */
export function SourcesPage({ rows, prefs }: { rows: readonly SourceRow[]; prefs: Preferences }) {
  const rated = rows.filter((r) => r.outlet?.bias).length;
  return (
    <Layout
      title="Sources"
      description="The outlets Parallax reads and how they are rated."
      current="sources"
      prefs={prefs}
    >
      <h1>Sources</h1>
      <p>
        {rows.length} outlets published the articles here; {rated} of them have a bias rating. Open an outlet
        to see each rater's value, date and source. The whole registry is in the{' '}
        <a href="/api/outlets">API</a>.
      </p>
      <div class="table-wrap">
        <table class="sources">
          <caption class="visually-hidden">Outlets, their ratings and their articles</caption>
          <thead>
            <tr>
              <th scope="col">Outlet</th>
              <th scope="col">Bias</th>
              <th scope="col">Factuality</th>
              <th scope="col">Articles</th>
              <th scope="col">Latest</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <th scope="row">
                  <a href={sourceHref(r.outletId)}>{r.outlet?.name ?? r.outletId}</a>
                  {prefs.hidden.includes(r.outletId) && <span class="muted"> (hidden)</span>}
                </th>
                <td>
                  {r.outlet?.bias ? (
                    <span class={`badge ${r.outlet.bias.bucket}`}>
                      {BIAS_LABEL_NAMES[r.outlet.bias.label]} {signed(r.outlet.bias.score)}
                    </span>
                  ) : (
                    <span class="badge unrated">Unrated</span>
                  )}
                </td>
                <td>{r.outlet?.factuality ? FACTUALITY_NAMES[r.outlet.factuality.label] : '—'}</td>
                <td>{r.articles}</td>
                <td>{r.latestAt ? formatTime(r.latestAt) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
