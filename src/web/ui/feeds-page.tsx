import type { Preferences } from '../prefs/preferences.ts';
import { Layout } from './layout.tsx';

const FEEDS = [
  ['Top stories', '/feeds/top'],
  ['Latest stories', '/feeds/latest'],
  ['Blindspots', '/feeds/blindspots'],
  ['Blindspots for the Left', '/feeds/blindspots-left'],
  ['Blindspots for the Right', '/feeds/blindspots-right'],
] as const;

/** Every feed, in each format, and how coverage travels in them. */
export function FeedsPage({ prefs }: { prefs: Preferences }) {
  return (
    <Layout title="Feeds" description="Parallax stories in RSS, Atom and JSON Feed." prefs={prefs}>
      <h1>Feeds</h1>
      <p>Follow Parallax in any feed reader. Each item is a story; its text ends with its coverage.</p>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">Feeds and their formats</caption>
          <thead>
            <tr>
              <th scope="col">Feed</th>
              <th scope="col">Formats</th>
            </tr>
          </thead>
          <tbody>
            {FEEDS.map(([name, path]) => (
              <tr>
                <th scope="row">{name}</th>
                <td>
                  <a href={`${path}.rss`}>RSS</a> · <a href={`${path}.atom`}>Atom</a> ·{' '}
                  <a href={`${path}.json`}>JSON Feed</a>
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">A topic</th>
              <td>
                <code>/feeds/topics/&lt;topic&gt;.rss</code> (or .atom, .json); linked from each{' '}
                <a href="/topics">topic</a>
              </td>
            </tr>
            <tr>
              <th scope="row">A search</th>
              <td>
                <code>/feeds/search.rss?q=&lt;words&gt;</code> (or .atom, .json); linked from each search
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <h2>Coverage in feeds</h2>
      <p>
        Every item says its coverage in words ("Coverage: 12 articles from 10 outlets, 10 rated: Left 3 (30%),
        …") and in data: RSS items and Atom entries carry a <code>&lt;parallax:coverage&gt;</code> element in
        the namespace <code>https://github.com/parallax-news/parallax#coverage</code>, with the attributes{' '}
        <code>articles</code>, <code>outlets</code>, <code>rated</code>, <code>left</code>,{' '}
        <code>center</code>, <code>right</code>, <code>unrated</code>, <code>left_share</code>,{' '}
        <code>center_share</code>, <code>right_share</code> (0…1, over rated outlets) and{' '}
        <code>blindspot</code> (<code>left</code>, <code>right</code> or <code>none</code>). JSON Feed items
        carry the same fields under <code>_parallax.coverage</code>.
      </p>
      <h2>Preferences in feeds</h2>
      <p>
        Feed readers send no cookies, so feeds take preferences as parameters: <code>hide=</code> a
        comma-separated list of outlet ids, <code>min_factuality=</code> one of very-high, high,
        mostly-factual, mixed, low, and <code>hide_unrated_factuality=1</code>. For example{' '}
        <a href="/feeds/top.rss?min_factuality=high">/feeds/top.rss?min_factuality=high</a>.
      </p>
    </Layout>
  );
}
