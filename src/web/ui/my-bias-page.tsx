import type { Preferences } from '../prefs/preferences.ts';
import { Layout } from './layout.tsx';

/**
 * "My news bias": the reader's own reading history, kept in their browser's localStorage by a small script on
 * story pages and drawn here by another; the server never sees it. Without JavaScript the page says so.
 */
export function MyBiasPage({ prefs }: { prefs: Preferences }) {
  return (
    <Layout
      title="My news bias"
      description="The bias, factuality and outlets of what you read, kept in your browser only."
      current="my-bias"
      prefs={prefs}
      scripts={['my-bias.js']}
    >
      <h1>My news bias</h1>
      <p>
        When you open a story, your browser notes the story and how its outlets lean; when you follow a link
        to an article, it notes the outlet, its bias and its factuality. This page adds that up: which sides
        you read, how factual your sources are, and which outlets you read most. The history stays in this
        browser's local storage: it is never sent to Parallax or anyone else. Export it as JSON, or clear it,
        below.
      </p>
      <noscript>
        <p class="notice">
          This page and the history it shows need JavaScript, which is off. Everything else in Parallax works
          without it; with JavaScript off, no history is kept.
        </p>
      </noscript>
      {/* Shown by its script: with JavaScript off, a "loading" line would wait forever under the notice above. */}
      <div id="my-bias" class="my-bias" aria-live="polite" data-state="loading" hidden>
        <p class="muted">Loading your history…</p>
      </div>
      <div class="actions" id="my-bias-actions" hidden>
        <button type="button" id="export-history">
          Export as JSON
        </button>{' '}
        <button type="button" id="clear-history" class="secondary">
          Clear history
        </button>
      </div>
    </Layout>
  );
}
