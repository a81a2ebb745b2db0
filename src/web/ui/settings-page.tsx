import { BIAS_LABEL_NAMES, FACTUALITY_LABELS, FACTUALITY_NAMES, type Outlet } from '../../domain/index.ts';
import { sideName } from '../format.ts';
import type { Preferences } from '../prefs/preferences.ts';
import { MAX_HIDDEN } from '../prefs/preferences.ts';
import { Layout } from './layout.tsx';

export interface SettingsOutlet {
  readonly id: string;
  readonly articles: number;
  readonly outlet: Outlet | undefined;
}

const GROUPS = ['left', 'center', 'right', 'unrated'] as const;

/** The preferences form: minimum factuality and hidden outlets. Plain HTML form; the cookie is the only store. */
export function SettingsPage(props: {
  prefs: Preferences;
  outlets: readonly SettingsOutlet[];
  outletOf: (id: string) => Outlet | undefined;
  saved: boolean;
}) {
  const { prefs } = props;
  const hidden = new Set(prefs.hidden);
  const listed = new Set(props.outlets.map((o) => o.id));
  const rows: SettingsOutlet[] = [
    ...props.outlets,
    ...prefs.hidden
      .filter((id) => !listed.has(id))
      .map((id) => ({ id, articles: 0, outlet: props.outletOf(id) })),
  ];
  const groups = GROUPS.map((side) => ({
    side,
    rows: rows
      .filter((r) => (r.outlet?.bias?.bucket ?? 'unrated') === side)
      .sort((a, b) => (a.outlet?.name ?? a.id).localeCompare(b.outlet?.name ?? b.id)),
  }));
  return (
    <Layout
      title="Preferences"
      description="Hide outlets and set a minimum factuality."
      current="settings"
      prefs={prefs}
    >
      <h1>Preferences</h1>
      {props.saved && (
        <p class="saved" role="status">
          Saved. Your preferences now apply on every page: lists, stories, blindspots and search.
        </p>
      )}
      <p>
        Preferences live in a cookie in this browser; Parallax has no accounts and keeps nothing about you.
        They apply everywhere: story lists, story pages (hidden outlets' articles are not listed, and coverage
        is recounted without them), blindspots (judged again on the outlets you keep) and search.
      </p>
      <form method="post" action="/settings" class="settings">
        <fieldset>
          <legend>Minimum factuality</legend>
          <label for="min_factuality">Hide outlets rated below</label>{' '}
          <select id="min_factuality" name="min_factuality">
            <option value="" selected={!prefs.minFactuality}>
              No minimum
            </option>
            {FACTUALITY_LABELS.map((label) => (
              <option value={label} selected={prefs.minFactuality === label}>
                {FACTUALITY_NAMES[label]}
              </option>
            ))}
          </select>
          <p>
            <input
              type="checkbox"
              id="hide_unrated_factuality"
              name="hide_unrated_factuality"
              value="1"
              checked={prefs.hideUnratedFactuality}
            />{' '}
            <label for="hide_unrated_factuality">
              With a minimum, also hide outlets that have no factuality rating
            </label>
          </p>
        </fieldset>
        <fieldset>
          <legend>Hidden outlets</legend>
          <p class="muted">
            Tick the outlets to hide (at most {MAX_HIDDEN}). You can also hide an outlet from its page.
          </p>
          {groups.map(
            (group) =>
              group.rows.length > 0 && (
                <details open={group.rows.some((r) => hidden.has(r.id))}>
                  <summary>
                    {sideName(group.side)} ({group.rows.length}
                    {group.rows.some((r) => hidden.has(r.id)) &&
                      `, ${group.rows.filter((r) => hidden.has(r.id)).length} hidden`}
                    )
                  </summary>
                  <ul class="outlet-choices">
                    {group.rows.map((r) => (
                      <li>
                        <input
                          type="checkbox"
                          id={`hide-${r.id}`}
                          name="hide"
                          value={r.id}
                          checked={hidden.has(r.id)}
                        />{' '}
                        <label for={`hide-${r.id}`}>
                          {r.outlet?.name ?? r.id}
                          <span class="muted">
                            {' '}
                            · {r.outlet?.bias ? BIAS_LABEL_NAMES[r.outlet.bias.label] : 'unrated'}
                            {r.outlet?.factuality && ` · ${FACTUALITY_NAMES[r.outlet.factuality.label]}`} ·{' '}
                            {r.articles} articles
                          </span>
                        </label>
                      </li>
                    ))}
                  </ul>
                </details>
              ),
          )}
        </fieldset>
        <p class="actions">
          <button type="submit" name="action" value="save">
            Save preferences
          </button>{' '}
          <button type="submit" name="action" value="reset" class="secondary">
            Reset to show everything
          </button>
        </p>
      </form>
    </Layout>
  );
}
