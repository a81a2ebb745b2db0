import { isOpinionPiece } from '../text/index.ts';
import { findSupporters, type StoryModel } from './build-story-model.ts';
import { cleanHeadline } from './clean-headline.ts';
import { withoutQuotations } from './collect-sentences.ts';
import { countLoadedWords } from './loaded-words.ts';
import { contentStems, cosine, type TermVector, vectorize } from './term-vector.ts';

/** The chosen title, its vector (to keep the summary and points from repeating it) and its articles. */
export interface TitleChoice {
  readonly title: string;
  readonly vector: TermVector;
  readonly articleIds: readonly number[];
}

/**
 * The most representative headline of the story: closest to the centroid, cleaned, and penalised for loaded
 * words, questions, exclamations, quotations and opinion sections, so no byline or sensational headline wins.
 */
export function chooseTitle(model: StoryModel, citeThreshold: number): TitleChoice {
  let best: { score: number; title: string; vector: TermVector; id: number } | undefined;
  for (const article of model.articles) {
    const title = cleanHeadline(article.title, article.outletName);
    if (title === '') continue;
    const vector = vectorize(contentStems(title), model.idf);
    const score = cosine(vector, model.centroid) - headlinePenalty(title, isOpinionPiece(article));
    if (best === undefined || score > best.score + 1e-12) best = { score, title, vector, id: article.id };
  }
  if (best === undefined) throw new Error('summarize: no article of the story has a headline');
  return {
    title: best.title,
    vector: best.vector,
    articleIds: [best.id, ...findSupporters(model, best.vector, best.id, citeThreshold)],
  };
}

// A headline that argues rather than reports, in the writer's own voice: it prescribes ("House Democrats must resist
// Trump's infrastructure trap", "The Right Should Reject …"; not a forecast, "the new VA chief will have to address",
// nor "a must win") or opens on an imperative ("Let's Chill about Hate Crimes", "Don't Assume Millennials …").
// Words inside quotation marks are someone else's, and a headline that names who says so reports the view ("Trump
// says only 'highly trained' teachers should have guns", "Collins: New justice should not favor …"), so neither
// counts.
const PRESCRIBES =
  /\b(?<!\b(?:will|would|may|might|could|a) )(?:should|must|ought to|needs? to|has to|have to)\b/i;
const IMPERATIVE_OPENING =
  /^(?:let['’]s|don['’]t|do not|stop|forget|enough|brace for|remember|imagine|never mind)(?![\w'’-])/i;
const ATTRIBUTED =
  /\b(?:says?|said|tells?|told|urges?|urged|argues?|argued|warns?|warned|wants?|wanted|calls? for|called for|claims?|claimed|insists?|insisted|according to|asks?|asked|rules?|ruled|implies|finds|found|shows?)\b|^[^:]{2,40}:\s/i;
// Headlines quote in straight single quotes too ("Trump says only 'highly trained' teachers …").
const SINGLE_QUOTED = /(?:^|\s)'[^']*'(?=\W|$)/g;

/** Whether a headline argues in its own voice (the quotations left out): a prescription or an imperative opening. */
export function headlineArgues(clean: string): boolean {
  const own = withoutQuotations(clean).replace(SINGLE_QUOTED, ' ');
  if (IMPERATIVE_OPENING.test(own.trim())) return true;
  return PRESCRIBES.test(own) && !ATTRIBUTED.test(own);
}

// A headline that explains, counts or previews rather than reports ("The asylum ban — Trump's boldest immigration
// power grab yet — explained", "6 big things the new Veterans Affairs chief will have to address", "What To Watch For
// As …", "Here's what you need to know"): a fine article, a poor name for the event.
export const EXPLAINS =
  /(?:[—–-]\s*|\b)explained$|^\d+ (?:\w+ ){0,2}(?:things|takeaways|ways|questions|reasons|facts|moments|lessons)\b|^what (?:to|we) (?:watch|know|expect|learned)\b|^here['’]s (?:what|how|why|the)\b/i;

function headlinePenalty(clean: string, opinion: boolean): number {
  const words = clean.split(/\s+/).length;
  let penalty = 0.15 * countLoadedWords(clean, true);
  if (opinion) penalty += 0.3;
  if (headlineArgues(clean)) penalty += 0.15;
  if (EXPLAINS.test(clean)) penalty += 0.1;
  if (/[?!]/.test(clean)) penalty += 0.15;
  if (/["“”‘’]|(?:^|\s)'/.test(clean)) penalty += 0.05;
  if (/:/.test(clean)) penalty += 0.03;
  if (words < 4 || words > 18) penalty += 0.1;
  if (/\b(?:I|we|you|my|our|your)\b/.test(clean)) penalty += 0.1;
  return penalty;
}
