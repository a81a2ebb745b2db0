import type { BlindspotOptions } from '../../coverage/index.ts';
import { FRAME_MIN_ARTICLES } from '../../domain/index.ts';
import type { Preferences } from '../prefs/preferences.ts';
import { Layout } from './layout.tsx';

export interface AboutFigures {
  readonly stories: number;
  readonly articles: number;
  readonly outlets: number;
  readonly ratedOutlets: number;
}

/** How Parallax works: ratings, clustering, synthesis, blindspots, preferences, and links to the data. */
export function AboutPage(props: {
  figures: AboutFigures;
  rule: string;
  blindspot: BlindspotOptions;
  frontPageDays: number;
  prefs: Preferences;
}) {
  const { figures } = props;
  return (
    <Layout
      title="How Parallax works"
      description="The method behind every figure, with its data."
      current="about"
      prefs={props.prefs}
    >
      <h1>How Parallax works</h1>
      <p>
        Parallax reads the news of many outlets, groups the articles that report the same event into one
        story, and shows who covered it and how the covering outlets lean. This instance holds{' '}
        <strong>{figures.stories.toLocaleString('en-US')}</strong> stories from{' '}
        <strong>{figures.articles.toLocaleString('en-US')}</strong> articles of{' '}
        <strong>{figures.outlets}</strong> outlets, {figures.ratedOutlets} of them with a bias rating. Every
        figure on a page links to the data behind it.
      </p>
      <nav aria-label="On this page" class="toc">
        <ul>
          <li>
            <a href="#ratings">Ratings</a>
          </li>
          <li>
            <a href="#clustering">Clustering</a>
          </li>
          <li>
            <a href="#synthesis">Summaries and frames</a>
          </li>
          <li>
            <a href="#blindspots">Blindspots</a>
          </li>
          <li>
            <a href="#ranking">Top stories</a>
          </li>
          <li>
            <a href="#privacy">Preferences and your history</a>
          </li>
          <li>
            <a href="#data">Data, API and feeds</a>
          </li>
        </ul>
      </nav>
      <section id="ratings" aria-labelledby="ratings-title">
        <h2 id="ratings-title">Ratings</h2>
        <p>
          Ratings belong to outlets, not articles. Each outlet's bias is the mean of the values its raters
          give it (Media Bias/Fact Check, AllSides, the Baly et al. research data set, and any local
          override), each put on one seven-point scale: Far Left −3, Left −2, Lean Left −1, Center 0, Lean
          Right +1, Right +2, Far Right +3. In bias bars an outlet counts as Left below −0.5, Right above +0.5
          and Center between. An outlet no rater places is <em>unrated</em>: counted and shown apart, never
          silently Center. Shares in a bar are over rated outlets, and each outlet counts once however many
          articles it ran.
        </p>
        <p>
          Factuality follows the raters' factual-reporting levels (Very High … Very Low); ownership their
          ownership records. Every outlet's page lists each rater's own value, its date, its source and the
          weight it had, so any blended figure can be checked: see <a href="/sources">all sources</a> or the{' '}
          <a href="/api/outlets">ratings as JSON</a>.
        </p>
      </section>
      <section id="clustering" aria-labelledby="clustering-title">
        <h2 id="clustering-title">Clustering</h2>
        <p>
          Articles are read once, in publication order. Each joins the open story it resembles most (TF-IDF
          vectors of its words, stems and names, compared with each story's, plus how close in time it is and
          whether it reports the same day of the week) when the match clears a threshold, and otherwise starts
          a new story. An article dated by the day only, without a time of day, must clear a higher one: time
          cannot tell that day's stories apart, so its words have to. Syndicated copies of the same wire
          article are found first and kept together, with the wire agency's own report, when it is among them,
          as their original. Each story page shows, under "Why these articles are together", every article's
          score, the runner-up story it nearly joined, and the words, names and days it shares with the story.
          Reports in other languages can join: Chinese words are compared through their English dictionary
          senses (CC-CEDICT), Malay and Indonesian ones through a glossary of news words, and names and
          numbers directly. British and American spellings count as one word ("defence" and "defense"), and so
          do common abbreviations ("GOP" and "Republican").
        </p>
        <p>
          The clustering makes mistakes. Under "Why these articles are together" each article has a "Doesn't
          belong here" button: a flag is anonymous, shown on the story as a count, and read by the people who
          run this site, who can score and retrain the clusterer on what readers flagged.
        </p>
      </section>
      <section id="synthesis" aria-labelledby="synthesis-title">
        <h2 id="synthesis-title">Summaries and frames</h2>
        <p>
          Titles, one-line summaries and key points are extracted from the articles themselves, not written by
          a model: sentences central to the story, not repeating each other, balanced across sides; each key
          point cites the articles it came from. "How each side covered it" lists the points the Left, Center
          and Right coverage stressed, and the words each side used more than the others (log-odds ratios with
          an informative prior, Monroe et al. 2008); a side needs {FRAME_MIN_ARTICLES} articles for that,
          since what one article stresses is its own. What a page carries besides the article is never shown
          as a summary or key point: photo captions and credits, update stamps, editors' notes and
          corrections, embedded posts, archive notices, the site's own promotions and greetings, and sentences
          that only announce the rest of the article. Days such as "on Monday" are written as dates, counted
          from the article's publication, except where a sentence about the future does not say which day it
          means.
        </p>
        <p>
          Opinion and analysis pieces are labelled "Opinion" wherever articles are listed, by the section of
          their link (/opinion/, /commentisfree/, /columnists/…), a section label in the headline or the
          outlet's name. Title, summary and key points come from the reports; an opinion piece gives a key
          point only when the reports offer none, and its views appear in its side's column.
        </p>
      </section>
      <section id="blindspots" aria-labelledby="blindspots-title">
        <h2 id="blindspots-title">Blindspots</h2>
        <p>{props.rule}</p>
        <p>
          On this instance: at least {props.blindspot.minRatedOutlets} rated outlets, one side at most{' '}
          {Math.round(props.blindspot.maxShare * 100)}%, the other at least{' '}
          {Math.round(props.blindspot.minOtherShare * 100)}%. See the <a href="/blindspots">blindspots</a>.
        </p>
      </section>
      <section id="ranking" aria-labelledby="ranking-title">
        <h2 id="ranking-title">Top stories</h2>
        <p>
          The front page lists the stories updated in the last {props.frontPageDays} days, the ones the most
          outlets covered first (then the most articles, then the most recent). Nobody picks them by hand, and
          nothing is ranked by clicks.
        </p>
      </section>
      <section id="privacy" aria-labelledby="privacy-title">
        <h2 id="privacy-title">Preferences and your history</h2>
        <p>
          There are no accounts. <a href="/settings">Preferences</a> (hidden outlets, a minimum factuality)
          are kept in a cookie and applied on the server to every page. <a href="/my-bias">My news bias</a> is
          kept in your browser's local storage only and never sent anywhere. Pages load no third-party
          resources.
        </p>
      </section>
      <section id="data" aria-labelledby="data-title">
        <h2 id="data-title">Data, API and feeds</h2>
        <ul>
          <li>
            <a href="/api/openapi.json">The JSON API</a> (OpenAPI 3.1): <a href="/api/stories">stories</a>,{' '}
            <a href="/api/blindspots">blindspots</a>, <a href="/api/outlets">outlets and their raters</a>,{' '}
            <a href="/api/topics">topics</a>, search.
          </li>
          <li>
            <a href="/feeds">Feeds</a> in RSS, Atom and JSON Feed for top stories, blindspots, topics and
            searches. Each item carries its coverage in its text and in a <code>parallax:coverage</code>{' '}
            element (JSON Feed: <code>_parallax</code>) with the counts and shares by side.
          </li>
        </ul>
      </section>
    </Layout>
  );
}
