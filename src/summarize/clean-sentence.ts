// What scraped article text carries besides the article: datelines, bylines, photo credits, newsletter
// signposts and related-link widgets. Each rule was written against sentences seen in the demo snapshot.

// "WASHINGTON (AP) — ", "LONDON — ", "(CNN) — ", "Washington (CNN) ", "(CNN Business) "
const DATELINE =
  /^(?:[A-Z][A-Z .,'-]{1,40}?\s*)?(?:\([A-Za-z .]+\)\s*)?[—–-]{1,2}\s+(?=[A-Z"“])|^(?:[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?\s+)?\((?:CNN|AP|Reuters|AFP|CNN Business|CNN Politics)\)\s*(?:[—–-]{1,2}\s*)?/;
// "MANCHESTER, New Hampshire (Reuters) - ": a city in capitals, its state or country, the agency.
const PLACE_DATELINE =
  /^\p{Lu}[\p{Lu} .'-]+,(?: \p{Lu}[\p{L}.]+){1,3}\s+\((?:Reuters|AP|AFP|CNN|Bloomberg)\)\s*(?:[—–-]{1,2}\s*)?/u;
// "(This Feb. 4 story corrects first paragraph …)", "(Adds quotes …)": an agency's note on the version.
const VERSION_NOTE =
  /^\((?:this [^()]{0,40}story (?:corrects|updates|adds|refiles)|corrects|updates|adds|refiles)\b[^()]*\)\s*/i;
// "Updated at 1 p.m. ET ", "Updated 12:49 p.m. ET ": an update stamp run into the first sentence.
const UPDATE_STAMP = /^updated:? (?:at )?\d{1,2}(?::\d{2})? ?[ap]\.?m\.?(?: [A-Z]{2,4})?\s+(?=\p{Lu})/iu;
// "Michael Collins USA TODAY WASHINGTON — ": a capitalised byline with an all-caps place before a dash.
const BYLINE =
  /^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,7}?(?=[^—–]*\b\p{Lu}{4,}\b)[\p{Lu}\p{L}.'’ -]{0,60}?\s+[—–]{1,2}\s+(?=\p{Lu})/u;
// "(Joshua Roberts/Reuters) ": a photo credit.
const CREDIT = /^\([^()]*\/[^()]*\)\s*/;
// Newsletter signposts ("Why it matters:") that label a sentence rather than belong to it.
const SIGNPOST =
  /^(?:why it matters|the big picture|driving the news|the bottom line|between the lines|what they're saying|what's next|details|context|go deeper|flashback|by the numbers|zoom in|zoom out|the latest|catch up quick|state of play|yes, but|the other side|today|update)\s*:\s*/i;
// The Hill's inline link widget: "Donald John TrumpGOP senators balk at … votes MORE".
const LINK_WIDGET = /\s(?:\p{Lu}[\p{L}'’.-]*\s){1,2}\p{Lu}\p{Ll}+\p{Lu}[\s\S]{0,300}? MORE(?=[\s,.;:'’])/gu;
// "X speaks during a news conference on Capitol Hill January 20, 2018.": a photo caption.
const CAPTION =
  /\b(?:speaks|walks|arrives|looks on|listens|gestures|talks|waves|attends|stands|sits|delivers|holds|departs|leaves|testifies|pauses|is seen|are seen)\b.*\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\.?$/;

// "President Trump with Supreme Court nominee Judge Brett Kavanaugh at the White House, July 9, 2018.": a caption
// ends on a full date after a comma, where a report's sentence says "on July 9".
const CAPTION_DATE =
  /, (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\.?$/;

/** An article body without related-link widgets, before it is split into sentences. */
export function cleanBody(text: string): string {
  return text.replace(LINK_WIDGET, '');
}

/** A sentence without its dateline, byline, photo credit or newsletter signpost. */
export function cleanSentence(raw: string): string {
  let text = raw.trim();
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text
      .replace(CREDIT, '')
      .replace(VERSION_NOTE, '')
      .replace(UPDATE_STAMP, '')
      .replace(PLACE_DATELINE, '')
      .replace(DATELINE, '')
      .replace(BYLINE, '')
      .replace(SIGNPOST, '')
      .trim();
  }
  return text;
}

/** True for a photo caption ("… speaks during a news conference … January 20, 2018."). */
export function isCaption(text: string): boolean {
  return CAPTION.test(text) || CAPTION_DATE.test(text);
}

// "Here are five big takeaways from the announcement.", "Get ready to hear about a court case known as Garza v.
// Hargan.": a sentence that points the reader at what follows reports nothing itself.
const TEASER =
  /^(?:here(?:'s|’s| is| are)\b|get ready\b|find out\b|read on\b|keep reading\b|scroll down\b)|\b(?:you need to know|takeaways from|things to know about|things to watch)\b/i;

/** True for a sentence that announces the rest of the article ("Here are five takeaways …"). */
export function isTeaser(text: string): boolean {
  return TEASER.test(text);
}
