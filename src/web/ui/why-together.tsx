import type { Article, Outlet } from '../../domain/index.ts';
import type { StoredExplanation } from '../../store/index.ts';
import { foreignLanguage } from './article-list.tsx';

/**
 * "Why these articles are together": for each article, how strongly it matched the story when it joined, the
 * runner-up story it nearly joined, and the words and names it shares with the story (the clusterer's record), or
 * that an operator moved it here, with a button to flag it as not belonging here and how many times it was.
 */
export function WhyTogether(props: {
  storyId: number;
  explanations: readonly StoredExplanation[];
  byId: ReadonlyMap<number, Article>;
  outletOf: (id: string) => Outlet | undefined;
  /** Titles of the runner-up stories that still exist. */
  storyTitles: ReadonlyMap<number, string>;
  /** Readers' flags on the story's articles, by article id. */
  readerFlags: ReadonlyMap<number, number>;
  /** The article this reader just flagged, thanked in a notice. */
  flaggedId?: number | undefined;
}) {
  const rows = props.explanations
    .filter((e) => props.byId.has(e.articleId))
    .sort((a, b) => Number(b.isNew) - Number(a.isNew) || b.score - a.score);
  if (rows.length < 2) return null;
  const opening = rows.find((e) => e.isNew);
  const opener = opening === undefined ? undefined : props.byId.get(opening.articleId);
  const outletName = (a: Article) =>
    a.outletId ? (props.outletOf(a.outletId)?.name ?? a.outletId) : 'unknown outlet';
  const flagged = props.flaggedId === undefined ? undefined : props.byId.get(props.flaggedId);
  return (
    <details class="why" id="why" open={flagged !== undefined}>
      <summary>Why these articles are together</summary>
      {flagged && (
        <p class="notice" role="status">
          Noted: “<span lang={foreignLanguage(flagged)?.code}>{flagged.title}</span>” ({outletName(flagged)})
          does not belong to this story. Thank you — operators review these flags.
        </p>
      )}
      <p class="muted">
        Parallax reads articles in publication order. Each one joins the open story it resembles most (in its
        words, stems and names, in time, and in the day of the week it reports) when the score clears the
        clusterer's threshold, or starts a new story. The score is that similarity (0 to 1); the runner-up is
        the next-best story, so a close call is visible.
      </p>
      {opener && (
        // A div, not a p: a form may not stand inside a paragraph.
        <div class="opener">
          {opening?.movedByOperator
            ? 'An operator split the story off another, starting with'
            : 'The story was started by'}{' '}
          <a href={`#article-${opener.id}`} lang={foreignLanguage(opener)?.code}>
            {opener.title}
          </a>
          .{/* The opener has no row (it matched nothing): its button is here. */}
          {rows.some((e) => !e.isNew) && (
            <FlagButton storyId={props.storyId} article={opener} outlet={outletName(opener)} />
          )}
          <FlagCount votes={props.readerFlags.get(opener.id) ?? 0} />
        </div>
      )}
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">How each article matched the story</caption>
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col">Score</th>
              <th scope="col">Runner-up</th>
              <th scope="col">Shared names · words</th>
            </tr>
          </thead>
          <tbody>
            {rows
              .filter((e) => !e.isNew)
              .map((e) => {
                const a = props.byId.get(e.articleId)!;
                // The title and the words shared with the story are the article's: marked in its language.
                const lang = foreignLanguage(a)?.code;
                const outlet = outletName(a);
                return (
                  <tr>
                    <td>
                      <a href={`#article-${a.id}`} lang={lang}>
                        {a.title}
                      </a>{' '}
                      <span class="muted">({outlet})</span>
                      {/* Under the title it flags: in a last column, a phone scrolled the title out of view. */}
                      <FlagButton storyId={props.storyId} article={a} outlet={outlet} />
                      <FlagCount votes={props.readerFlags.get(a.id) ?? 0} />
                    </td>
                    <td>{e.movedByOperator ? 'moved here by an operator' : e.score.toFixed(2)}</td>
                    <td>
                      {e.runnerUp ? (
                        <>
                          <a href={`/stories/${e.runnerUp.story}`}>
                            {props.storyTitles.get(e.runnerUp.story) ?? `story ${e.runnerUp.story}`}
                          </a>{' '}
                          ({e.runnerUp.score.toFixed(2)})
                        </>
                      ) : (
                        'none'
                      )}
                    </td>
                    <td lang={lang}>{sharedWords(e, `${a.title} · ${a.lead}`) || '—'}</td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** The form that flags `article` as not belonging to the story: a plain POST, no JavaScript needed. */
function FlagButton(props: { storyId: number; article: Article; outlet: string }) {
  const lang = foreignLanguage(props.article)?.code;
  return (
    <form class="flag" method="post" action={`/stories/${props.storyId}/feedback`}>
      <input type="hidden" name="article_id" value={String(props.article.id)} />
      <input type="hidden" name="verdict" value="not_in_story" />
      {/* Its name starts with the visible words (WCAG 2.5.3) and says which article it flags. */}
      <button type="submit" class="secondary">
        Doesn't belong here
        <span class="visually-hidden">
          : <span lang={lang}>{props.article.title}</span> ({props.outlet})
        </span>
      </button>
    </form>
  );
}

/**
 * "flagged 3 times" as not belonging to the story (flags are anonymous: times, not readers); nothing when never.
 */
function FlagCount(props: { votes: number }) {
  if (props.votes === 0) return null;
  return (
    <>
      {' '}
      <span class="muted">
        flagged {props.votes === 1 ? 'once' : `${props.votes} times`} as not belonging here
      </span>
    </>
  );
}

/**
 * The names an article shares with its story, then the other words it shares ("Brett Kavanaugh, Supreme Court, Senate
 * · nominee, confirmation"): the clusterer compares names and words apart, so a name is often among the words too,
 * shown once. The clusterer keeps a name's words apart ("brett", "kavanaugh"); given the article's own text, words
 * that stand side by side in it are shown as the name they make there, in its spelling, heaviest first.
 */
export function sharedWords(e: Pick<StoredExplanation, 'sharedEntities' | 'sharedTerms'>, text = ''): string {
  const rank = new Map<string, number>();
  e.sharedEntities.forEach((name, i) => {
    if (!rank.has(name.toLowerCase())) rank.set(name.toLowerCase(), i);
  });
  // A shorter form of a longer name in the same text ("President Trump" beside "President Donald Trump") goes.
  const found = namePhrases(text, rank);
  const phrases = found.filter(
    (p) => !found.some((q) => q.words.length > p.words.length && p.words.every((w) => q.words.includes(w))),
  );
  const joined = new Set(phrases.flatMap((p) => p.words));
  const names = [
    ...phrases.map((p) => ({ text: p.text, rank: p.rank })),
    ...[...rank]
      .filter(([word]) => !joined.has(word))
      .map(([word, i]) => ({ text: capitalise(word), rank: i })),
  ]
    .sort((a, b) => a.rank - b.rank)
    .map((n) => n.text);
  const named = new Set([...rank.keys(), ...names.map((n) => n.toLowerCase())]);
  const words = [...new Set(e.sharedTerms)].filter((w) => !named.has(w.toLowerCase()));
  return [[...new Set(names)].join(', '), words.join(', ')].filter((part) => part !== '').join(' · ');
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;

/** Runs of two or more shared name words side by side in `text`, as written there, with their best rank. */
function namePhrases(
  text: string,
  rank: ReadonlyMap<string, number>,
): { text: string; words: string[]; rank: number }[] {
  const phrases: { text: string; words: string[]; rank: number }[] = [];
  let run: { start: number; end: number; words: string[] } | undefined;
  const close = () => {
    if (run && run.words.length >= 2) {
      phrases.push({
        text: text.slice(run.start, run.end),
        words: run.words,
        rank: Math.min(...run.words.map((w) => rank.get(w)!)),
      });
    }
    run = undefined;
  };
  for (const match of text.matchAll(WORD)) {
    const bare = match[0].replace(/['’]s$/, '').replace(/\.$/, '');
    const word = bare.toLowerCase();
    const end = match.index + bare.length;
    const adjacent = run !== undefined && /^\s+$/.test(text.slice(run.end, match.index));
    if (!rank.has(word)) {
      close();
      continue;
    }
    if (!adjacent) close();
    if (run) {
      run.end = end;
      run.words.push(word);
    } else run = { start: match.index, end, words: [word] };
    // A possessive or a full stop ends the name ("Trump's White House": two names).
    if (/['’]s$|\.$/.test(match[0]) && !/\p{L}\.\p{L}/u.test(match[0])) close();
  }
  close();
  return phrases;
}

/** "kavanaugh" → "Kavanaugh"; a dotted abbreviation in capitals ("d.c" → "D.C"). */
function capitalise(name: string): string {
  return name.includes('.') ? name.toUpperCase() : name.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}
