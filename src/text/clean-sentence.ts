// What scraped article text carries besides the article: datelines, bylines, photo captions and credits, update
// stamps, editors' notes, newsletter signposts and page widgets. Each rule was written against sentences seen in the
// demo snapshot.

// "WASHINGTON (AP) — ", "LONDON — ", "(CNN) — ", "Washington (CNN) ", "(CNN Business) ",
// "LOS ANGELES/CHARLESTON, S.C. (Reuters) - ", "Christchurch, New Zealand (AP) -- ", and a place in capitals with its
// state or country as written: "HANOI, Vietnam — ", "JOINT BASE ANDREWS, Maryland - ", "USA TODAY LOUISVILLE, Ky. — "
const DATELINE =
  /^(?:[A-Z][A-Z .,'/-]{1,40}?(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})?\s*)?(?:\([A-Za-z .]+\)\s*)?[—–-]{1,2}\s+(?=[A-Z"“])|^(?:[A-Z][A-Za-z.]+(?:,? [A-Z][A-Za-z.]+){0,3}\s+)?\((?:CNN|AP|Reuters|AFP|CNN Business|CNN Politics)\)\s*(?:[—–-]{1,2}\s*)?/u;
// "MANCHESTER, New Hampshire (Reuters) - ", "SACRAMENTO, Calif./PRINCETON, N.J. (Reuters) - ", "Saint-Jean-de-Luz,
// France (CNN) ": any short place with a comma or a slash before an agency at the start.
const AGENCY_DATELINE =
  /^(?=[^()]{0,60}[,/][^()]{0,60}\()\p{Lu}[^()]{1,60}?\s+\((?:Reuters|AP|AFP|CNN|CNN Business|CNN Politics|Bloomberg)\)\s*(?:[—–-]{1,2}\s*)?(?=["“]?\p{Lu})/u;
// "(This Feb. 4 story corrects first paragraph …)", "(Adds quotes …)": an agency's note on the version.
const VERSION_NOTE =
  /^\((?:this [^()]{0,40}story (?:corrects|updates|adds|refiles)|corrects|updates|adds|refiles)\b[^()]*\)\s*/i;
// "Updated at 1 p.m. ET", "Updated on March 2 at 10:47 a.m. ET", "Last updated Thursday, February 22, at noon",
// "Update 5 p.m. ET:", "Updated on Sept. 27 at 7:06 p.m. ET to reflect the latest information": an update stamp.
const WEEKDAY_WORD = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const MONTH_WORD = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const STAMP =
  `(?:[Ll]ast [Uu]pdated|[Uu]pdated?|UPDATED?):?(?: on)?(?: ${WEEKDAY_WORD},?)?(?: ${MONTH_WORD} \\d{1,2},?(?: \\d{4},?)?)?` +
  `(?: at)? (?:\\d{1,2}(?::\\d{2})? ?[ap]\\.? ?m\\.?|noon|midnight)(?: [A-Z]{2,4})?(?:,? (?:on )?${WEEKDAY_WORD})?` +
  '(?: to (?:reflect|include|add|correct|clarify|update)\\b[^.:]{0,100}?(?=\\s\\p{Lu}))?[.:]?';
// The stamp run into the first sentence ("Updated at 12:49 p.m. ET Democrats are going to try again.") or alone.
const UPDATE_STAMP = new RegExp(`^${STAMP}(?:\\s+(?=["“]?\\p{Lu})|\\s*$)`, 'u');
// "Michael Collins USA TODAY WASHINGTON — ": a capitalised byline with an all-caps place before a dash.
const BYLINE =
  /^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,7}?(?=[^—–]*\b\p{Lu}{4,}\b)[\p{Lu}\p{L}.'’ -]{0,60}?\s+[—–]{1,2}\s+(?=\p{Lu})/u;
// "Dan Schnur Opinion contributor The Democratic Party …", "Ken Paulson Opinion columnist ": USA Today's byline on
// its opinion pages, the writer's name and role run into the first sentence.
const OPINION_BYLINE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}Opinion (?:contributor|columnist)\s+(?=["“]?\p{Lu})/u;
// "(Joshua Roberts/Reuters) ", "(Photo: Getty Images / Maridav) ", "(Pixabay) ": a photo credit.
const CREDIT =
  /^\((?:(?:File )?[Pp]hoto: [^()]*|[^()]*\/[^()]*|Pixabay|Unsplash|iStock|Shutterstock|Getty Images|AP Photo|Reuters|AFP)\)\s*/;
// "FBI Director Christopher Wray testifies before a Senate Intelligence Committee hearing (Leah Millis/Reuters)
// Federal bureaucracies are …", "Opioid pills (Photo: Mark Lennihan/AP) The scale …": a caption and its credit
// run into the first sentence. The credit names a photographer and an agency across a slash, or follows "Photo:".
const CAPTION_CREDIT =
  /^(?:[^()]|\([^()/]*\)){1,400}?\(\(?(?:(?:File )?[Pp]hoto: [^()]{1,80}|[^()/]{0,80}\p{Lu}[^()/]{0,80}\/[^()/]{0,80}\p{Lu}[^()]{0,80})\)\)?\s*(?=["“‘]?\p{Lu})/u;
// Newsletter signposts ("Why it matters:") that label a sentence rather than belong to it.
const SIGNPOST =
  /^(?:why it matters|the big picture|driving the news|the bottom line|between the lines|what they're saying|what's next|details|context|go deeper|flashback|by the numbers|zoom in|zoom out|the latest|catch up quick|state of play|yes, but|the other side|today|update)\s*:\s*/i;
// Yahoo News 360's section label before its first sentence, without a colon ("What’s happening On Friday, Former
// Texas Rep. Beto O’Rourke announced …").
const SECTION_LABEL = /^What['’]s happening:?\s+(?=["“]?\p{Lu})/u;
// The Hill's inline link widget: "Donald John TrumpGOP senators balk at … votes MORE".
const LINK_WIDGET = /\s(?:\p{Lu}[\p{L}'’.-]*\s){1,2}\p{Lu}\p{Ll}+\p{Lu}[\s\S]{0,300}? MORE(?=[\s,.;:'’])/gu;
// "X speaks during a news conference on Capitol Hill January 20, 2018.": a photo caption.
const CAPTION =
  /\b(?:speaks|walks|arrives|looks on|listens|gestures|talks|waves|attends|stands|sits|delivers|holds|departs|leaves|testifies|pauses|is seen|are seen)\b.*\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\.?$/;

// "President Trump with Supreme Court nominee Judge Brett Kavanaugh at the White House, July 9, 2018.": a caption
// ends on a full date after a comma, where a report's sentence says "on July 9".
const CAPTION_DATE =
  /, (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\.?$/;

// NPR's page before its story: the headline, "Enlarge this image", "toggle caption" and the photo credit twice
// ("… Enlarge this image toggle caption Andrew Harnik/AP Andrew Harnik/AP A wild turn of events …").
const IMAGE_CHROME = /^[\s\S]{0,300}?\bEnlarge this image\s+(?:toggle caption\s+)?(\S.{0,119}?)\s+\1\s+/;
// "Michael Cohen On Trump In TV Interview: 'The Man Doesn't Tell The Truth' Updated at 11:50 a.m. ET Michael
// Cohen, …": a headline without a full stop, then the update stamp, before the first sentence.
const HEADLINE_STAMP = new RegExp(`^[^.!?]{0,250}?\\b${STAMP}\\s+(?=["“]?\\p{Lu})`, 'u');

// A credit without brackets before the story, its agency on one side of the slash and a name on the other: "Melissa
// Joskow / Media Matters On Thursday morning …", "Reuters / Lucas Jackson Immigrants …".
const AGENCY = '(?:Media Matters|Reuters|AP|AFP|Getty Images|Bloomberg|EPA|UPI)';
const PERSON = "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){1,2}";
const AGENCY_OR_POOL = '(?:Reuters|AP|AFP|Getty Images|Bloomberg|EPA|UPI|Pool)';
const BARE_CREDIT = new RegExp(
  `^(?:${PERSON} \\/ ${AGENCY}|${AGENCY} \\/ \\p{Lu}[\\p{L}'’-]+ \\p{Lu}[\\p{L}'’-]+)\\s+(?=\\p{Lu})`,
  'u',
);

// Business Insider's image button and the section label after it ("Zoom In Icon Arrows pointing outwards national").
const ZOOM_BUTTON = /Zoom In Icon Arrows pointing outwards\s+(?:\p{Ll}[\p{L}-]*\s+(?=\p{Lu}))?/gu;

// The Guardian's notice on archived pages, printed twice after the standfirst ("… to take his place This article is
// more than 1 year old This article is more than 1 year old Donald Trump has …"): the standfirst ends there.
const ARCHIVE_NOTICE = /\s*(?:\bThis article is more than \d+ (?:years?|months?) old\b\s*)+/g;
// A credit after a pipe, and what follows it, which is page furniture: "… political necessity. | Win McNamee/Pool
// via AP Trump offers same policies …", "… before November. | John Shinkle/POLITICO Elections Republicans boot …"
// (the section and the headline of a related story). What stands before it is the photo's caption when it is one
// sentence ("Iranian Foreign Minister Mohammad Javad Zarif. | Pavel Golovkin/AP Photo defense …"): such a lead is
// page furniture from end to end. And a credit after "Photo:" before the story ("Photo: Brendan Smialowski/AFP via
// Getty Images We’re committed …").
const PIPE_CREDIT = new RegExp(`\\s+\\|\\s+${PERSON}\\/\\p{Lu}[\\s\\S]*$`, 'u');
const PHOTO_CREDIT = new RegExp(`^Photo: ${PERSON}\\/[^.]{0,40}?\\b${AGENCY_OR_POOL}\\s+(?=\\p{Lu})`, 'u');
// What is left of a caption whose start was cut off, up to its credit: "… south of Donna, Texas./The Monitor via AP)
// A McAllen K-9 police officer …".
const CUT_CAPTION_CREDIT =
  /^[^()]{0,400}?\/[^()]{0,60}?\bvia (?:AP|Getty Images|Reuters|AFP)\)\s*(?=\p{Lu})/u;

// A label in capitals before the sentence: a newsletter's running head ("TRUMP VS CALIFORNIA, PART 89234094: "), a
// caption's date ("NOVEMBER 01: ").
const CAPITALS_LABEL = /^(?=[^:]*\p{Lu}{3})[\p{Lu}\d][\p{Lu}\d ,.'’&/-]{2,60}:\s+(?=["“]?\p{Lu})/u;

// Slate's photo before the story: its caption, then the credit without brackets ("President Trump aboard Air Force One
// on Friday, where he made he recent empty threats. NICHOLAS KAMM/Getty Images Donald Trump wants …", "Kamala Harris
// at the Iowa Democratic Party Liberty and Justice Celebration on Nov. 1 in Des Moines. Joshua Lott/Getty Images It
// was …"): what stands before such a credit is the caption.
const CAPTION_BEFORE_CREDIT = new RegExp(
  `^[\\s\\S]{1,300}?[.!?]["”’]?\\s+${PERSON}\\/(?:AFP\\/)?(?:Getty Images|Reuters|AFP|AP|CQ Roll Call|Pool|EPA|Bloomberg)\\s+(?=["“]?\\p{Lu})`,
  'u',
);

function dropPipeCredit(text: string): string {
  const credit = PIPE_CREDIT.exec(text);
  if (!credit) return text;
  const before = text.slice(0, credit.index);
  return /[.!?]["”’]?\s+\p{Lu}/u.test(before) ? before : '';
}

// Politico's video player scraped as text: its poster image's attribute before the story ('poster="http://v.politico
// .com/images/….jpg?pubId=…" Facing jeers and boos, …').
const PLAYER_ATTRIBUTE = /^poster="[^"]{0,500}"\s*/;

/** An article body without page chrome before the story and related-link widgets, before it is split into sentences. */
export function cleanBody(text: string): string {
  return dropPipeCredit(text.replace(PLAYER_ATTRIBUTE, ''))
    .replace(ARCHIVE_NOTICE, (_notice, offset: number, whole: string) =>
      offset === 0 || /[.!?]["”’]?$/.test(whole.slice(0, offset)) ? ' ' : '. ',
    )
    .trim()
    .replace(PHOTO_CREDIT, '')
    .replace(CUT_CAPTION_CREDIT, '')
    .replace(IMAGE_CHROME, '')
    .replace(CAPTION_BEFORE_CREDIT, '')
    .replace(BARE_CREDIT, '')
    .replace(HEADLINE_STAMP, '')
    .replace(ZOOM_BUTTON, '')
    .replace(LINK_WIDGET, '');
}

// Reuters' instrument codes after a company's name: "Pfizer (PFE.N)", "Apple Inc (AAPL.O)", "JBS (JBSS3.SA)".
const INSTRUMENT_CODE = / \([A-Z0-9_]{1,8}\.[A-Z]{1,2}\)/g;

/**
 * A sentence without its dateline, byline, photo credit (and the caption run in before it), update stamp, version
 * note, newsletter signpost or instrument codes.
 */
export function cleanSentence(raw: string): string {
  let text = raw.trim();
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text
      .replace(CREDIT, '')
      .replace(CAPTION_CREDIT, '')
      .replace(VERSION_NOTE, '')
      .replace(UPDATE_STAMP, '')
      .replace(AGENCY_DATELINE, '')
      .replace(DATELINE, '')
      .replace(BYLINE, '')
      .replace(OPINION_BYLINE, '')
      .replace(SIGNPOST, '')
      .replace(SECTION_LABEL, '')
      .replace(CAPITALS_LABEL, '')
      .replace(INSTRUMENT_CODE, '')
      .trim();
  }
  return text;
}

// An agency's mark at a dateline ("WASHINGTON (Reuters) - ", "(CNN) ", "PALM BEACH, Fla. (AP) — "), wherever it stands.
const AGENCY_MARK =
  /\s?\((?:CNN|CNN Business|CNN Politics|AP|Reuters|AFP|Bloomberg)\)(?:\s*[—–-]{1,2}(?=\s))?/g;
// A photo credit in brackets, wherever it stands. Two shapes, each catching what the other misses: a photographer and
// a source across a slash ("(Leah Millis/Reuters)", "(Tom Williams/Pool via Reuters)", "(XOXO Festival/YouTube)") or
// after "Photo:"; and a credit that says so or names an agency ("(Reuters photo: Jonathan Ernst)", "(AP Photo/Evan
// Vucci)", "(Image: Channel 4 News via YouTube)").
const SLASHED_CREDIT =
  /\s?\((?:(?:File )?[Pp]hoto: [^()]{1,80}|[^()/]{0,80}\p{Lu}[^()/]{0,80}\/[^()/]{0,80}\p{Lu}[^()]{0,80})\)/gu;
const NAMED_CREDIT =
  /\((?:[^()]{0,40}\b(?:photo|photograph|image|credit)s?\b[^()]{0,60}|[^()]{0,60}\/\s*(?:Reuters|AP|AFP|Getty Images|Getty|EPA|Bloomberg|Shutterstock|Sipa USA)\b[^()]{0,30}|(?:Reuters|AP|AFP|Getty Images|EPA)\s*\/[^()]{0,60})\)/giu;
// The same credit without brackets before the story: "Drew Angerer/Getty Images Andrew Yang's campaign …", "Drew
// Angerer | Getty Images As concerns mount …", "Photo: Drew Angerer/Getty Images Inevitably, …". The story starts
// after it, so it gives way to a sentence's end ("Once" after it is no name).
const CREDIT_BEFORE_STORY =
  /\b(?:Photo:\s*)?\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,2}\s*[/|]\s*(?:Getty Images|Getty|AP Images|AP Photo|Reuters|AP|AFP|EPA|Bloomberg|Pool)\b/gu;

/**
 * A text without its photo credits, in brackets or before the story, wherever they stand: the photographer (Win
 * McNamee, Drew Angerer) is in every story he shot and none of them is about him.
 */
export function withoutPhotoCredits(text: string): string {
  const unbracketed = text.includes('(') ? text.replace(SLASHED_CREDIT, '').replace(NAMED_CREDIT, ' ') : text;
  return unbracketed.replace(CREDIT_BEFORE_STORY, '. ');
}

/**
 * A lead without the marks of who sent and who photographed it, for comparing articles: "WASHINGTON (Reuters) - "
 * shares "Reuters" with every Reuters report of the day, and "(Win McNamee/Getty Images)" a photographer with every
 * story he shot; neither says two reports are of one event. The dateline's place stays: it says where the event is.
 */
export function withoutAgencyMarks(text: string): string {
  return withoutPhotoCredits(text.includes('(') ? text.replace(AGENCY_MARK, '') : text);
}

// "Democratic presidential candidate Senator Bernie Sanders appears at an election night rally in Des Moines,
// Iowa.", "Devin Nunes speaks to reporters on Capitol Hill, October 2017.": a caption says what its subject does
// in the picture, in the present tense, where a report uses the past.
const PICTURED_ACTION =
  /\b(?:waves (?:to|at|goodbye)\b|(?:speaks|appears|arrives|departs|gestures|listens|looks on|walks|testifies|poses|greets|pauses|smiles|reacts|attends|campaigns|sits|stands|is seen|are seen|is pictured|are pictured|speak|walk|sit|stand|wait|gather|march|pose|listen|look on|arrive|rally|protest)\s+(?:at|in|on|during|before|with|outside|after|near|inside|from|alongside|next to|to (?:reporters|the media|the press|supporters))\b)/;
// A caption's subject is a name with its titles: no clause, no verb of its own.
const CLAUSE_WORD =
  /[,;:"“”]|\b(?:that|which|who|whom|as|when|while|if|because|after|is|are|was|were|has|have|had|will|would|can|could|should|may|might|seems?|it)\b/i;
const REPORTING = /\b(?:said|says|told|tells|according to|announced)\b/;

// "In this Nov. 30, 2017 file photo, American soldiers wait …", "This image from video shows …": AP's captions.
// Also run in after a headline: "Trump now says Mueller should not testify FILE - In this March 24, 2019, file photo, …",
// or after a gallery's counter: "1 of 5 FILE - In this Tuesday, Sept. 11, 2001 file photo, …".
const PHOTO_INTRO =
  /^(?:In this|This)\b.{0,50}?\b(?:photo|image|picture|screenshot|screen grab)\b|\bIn (?:this|an?)\b.{0,50}?\bfile (?:photo|image)\b/i;

// "Agnes Chow (L) and Joshua Wong (R) speak to the press": a caption places its people in the picture; "flashes a
// thumbs-up as he arrives at the World Economic Forum": it tells what they do in the present; "… addressing a session
// on June 6, 2017 in Geneva.": Getty's captions end on the day and the place, without a comma after the year.
const POSITION_MARKER =
  /\((?:L|R|C|CL|CR|C-L|C-R|2nd [LR]|3rd [LR]|left|right|center|centre|front|rear|top|bottom)\)/;
const PRESENT_AS =
  /\bas (?:he|she|they) (?:arrives|speaks|talks|leaves|walks|departs|listens|waits|prepares|addresses|gestures|exits|enters)\b/;
const GETTY_DATE =
  /\bon (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4} in \p{Lu}[^.,]{0,40}(?:, \p{Lu}[^,]{0,30}?)?\.?$/u;

// "Trader Fred DeMarco works on the floor of the New York Stock Exchange, Friday, Aug. 23, 2019.", "People wait to
// apply for asylum along the border, Tuesday, July 16, 2019, in Tijuana, Mexico.": AP's captions end on the weekday
// and the whole date, then perhaps the place. AP's reports leave out the year of a recent date and a report that
// names it says what was done ("was given … on Friday Oct. 11, 2019.").
const AP_CAPTION_DATE = new RegExp(
  `\\b${WEEKDAY_WORD},? ${MONTH_WORD} \\d{1,2}, \\d{4}` +
    '(?:,? (?:in|at|on) (?:the |downtown )?\\p{Lu}[^;]{0,80})?\\.?$',
  'u',
);
const PAST_REPORT = /\b(?:was|were|had|has been|have been|said|says)\b/;

/** True for a photo caption ("… speaks during a news conference … January 20, 2018."). */
export function isCaption(text: string): boolean {
  if (CAPTION.test(text) || CAPTION_DATE.test(text) || PHOTO_INTRO.test(text)) return true;
  if (AP_CAPTION_DATE.test(text) && !PAST_REPORT.test(text)) return true;
  if (POSITION_MARKER.test(text) || GETTY_DATE.test(text)) return true;
  if (PRESENT_AS.test(text) && !REPORTING.test(text)) return true;
  const action = PICTURED_ACTION.exec(text);
  if (!action || REPORTING.test(text) || text.split(/\s+/).length > 40) return false;
  const subject = text.slice(0, action.index).trim();
  if (!/^\p{Lu}/u.test(subject) || CLAUSE_WORD.test(subject) || subject.split(/\s+/).length > 10)
    return false;
  return true;
}

// "Correction: An earlier version of this story misstated …", "Editor’s note: …", "Revised to include additional
// reaction": a note on the article, not news. "— Amnesty International (@amnesty) May 14, 2018": an embedded post.
const NOTE =
  /^(?:editor['’]?s note|correction(?: and update)?|clarification)\s*:|\b(?:an earlier|a previous) version of this (?:story|article|report|post)\b|^(?:revised|updated|edited|corrected) to (?:include|add|correct|reflect|clarify|make)\b|^updated?\b.{0,40}?\b(?:with|to (?:include|add|reflect|correct))\b|\bcorrection: updated\b|\(@\w{1,15}\)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}|pic\.twitter\.com\/|https?:\/\//i;
// "Become a subscriber to support our journalists.", "If you’d like to receive this briefing by email, sign up here.",
// "Good morning, I’m Tim Walker with today’s headlines.", "Welcome to The Hill’s Morning Report …": the page or
// the newsletter speaking to its reader.
const HOUSE_NOTE =
  /\bthis is the (?:first|second|third|fourth|fifth|\w+th|latest|last|final) (?:in|of|installment of|part of) (?:a|an|our|the) (?:\w+ )?series\b|\b(?:become a (?:subscriber|member)|subscribe (?:now|today|here)|sign up (?:here|now|today)|removed our paywall|making (?:its|our) (?:[\w-]+ ){0,3}coverage free|support our (?:journalists|journalism|reporting)|committed to keeping our readers informed|receive this (?:briefing|newsletter) by email)\b|^good (?:morning|afternoon|evening)\b|^welcome (?:to|back to)\b[^.!?]{0,60}\b(?:report|briefing|newsletter|podcast|show|edition)\b/i;

// "This article was produced in partnership with The Sacramento Bee …", "This story is part of an ongoing
// investigation …", "Note: This story contains graphic descriptions of violence.", "… the results discussed in this
// article", "after this article was published", "Please consider supporting Press Watch by making a donation": the
// article speaking of itself, not of the news.
const SELF_NOTE =
  /^(?:note|disclosure|disclaimer)\s*:|\bthis (?:article|story|post|piece|report|series|newsletter|episode|podcast) (?:(?:was|is|has been) (?:(?:co-)?produced|published|part of|adapted|excerpted|an excerpt|updated|corrected|republished|supported|funded|made possible|written|based on|a collaboration|presented|sponsored|distributed)|contains|first appeared|originally appeared|appeared (?:first|originally))\b|\b(?:discussed|mentioned|described|featured|linked|cited) in this (?:article|story|post|piece|report)\b|\bafter this (?:article|story|post|piece) was published\b|\bplease consider (?:supporting|donating|subscribing|making a donation)\b/i;

/** True for an editor's note, a correction notice, an embedded social-media post or the page's own promotion. */
export function isNote(text: string): boolean {
  return NOTE.test(text) || HOUSE_NOTE.test(text) || SELF_NOTE.test(text);
}

// "Here are five big takeaways from the announcement.", "Get ready to hear about a court case known as Garza v.
// Hargan.": a sentence that points the reader at what follows reports nothing itself.
const TEASER =
  /^(?:here(?:'s|’s| is| are)\b|get ready\b|find out\b|read on\b|keep reading\b|scroll down\b)|^this (?:\w+ )?(?:checklist|guide|explainer|quiz|tool|tracker|map|timeline) (?:will|can|lets|shows)\b|\b(?:you need to know|takeaways from|things to know about|things to watch)\b/i;

/** True for a sentence that announces the rest of the article ("Here are five takeaways …"). */
export function isTeaser(text: string): boolean {
  return TEASER.test(text);
}
