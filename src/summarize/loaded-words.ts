import { stem, tokenize } from '../text/index.ts';

// Written by hand for Parallax from headline verbs and intensifiers that judge rather than report ("slams",
// "bombshell", "meltdown"), plus partisan labels. Deliberately small and reviewable; the NRC lexicons were not
// used because their licence forbids commercial use. Matched by stem, so "slams"/"slammed" both count.
//
// A word that news mostly uses in its literal sense is left out, or matched only in its judging forms (FORMS), as the
// demo's summaries, key points and titles showed: size ("a massive budget package", "a huge statue"), destruction
// ("destroyed a tower block", "Airstrike Demolishes Gaza Building", "Protests erupted", "the deficit has exploded",
// "the torch is lit"), standard terms ("the Assad regime", "police brutality", "a Thai
// cave") and reactions a report states ("sparked outrage", "watched in shock", "Democrats walked away stunned",
// "ridiculed by"). "Dems" stays: not a verdict, but headline shorthand that a title is better without.
const WORDS = [
  // verbs of attack used for criticism
  'slam',
  'blast',
  'rip',
  'obliterate',
  'shred',
  'eviscerate',
  'hammer',
  'lash',
  'scorch',
  'skewer',
  'trash',
  'bash',
  'pummel',
  'annihilate',
  'crush',
  'dunk',
  'roast',
  'mock',
  'taunt',
  'grovel',
  'flail',
  'meltdown',
  'fume',
  'rage',
  'rant',
  'whine',
  'gloat',
  'smear',
  'spew',
  'peddle',
  'parrot',
  'cower',
  // intensifiers and verdicts
  'bombshell',
  'jaw-dropping',
  'disgusting',
  'disgraceful',
  'shameful',
  'furious',
  'fury',
  'insane',
  'crazy',
  'unhinged',
  'deranged',
  'hysterical',
  'hysteria',
  'disaster',
  'disastrous',
  'catastrophe',
  'catastrophic',
  'horrific',
  'terrifying',
  'epic',
  'savage',
  'scathing',
  'blistering',
  'fiery',
  'humiliating',
  'humiliation',
  'embarrassing',
  'pathetic',
  'absurd',
  'idiotic',
  'stupid',
  'evil',
  'vile',
  'cowardly',
  'heroic',
  'panic',
  'doom',
  'nightmare',
  'debacle',
  'fiasco',
  'incredible',
  'unbelievable',
  'insanity',
  'madness',
  'hypocrisy',
  'hypocrite',
  'hypocritical',
  // labels that take a side
  'radical',
  'extremist',
  'far-left',
  'far-right',
  'leftist',
  'leftists',
  'commie',
  'woke',
  'thug',
  'hoax',
  'sham',
  'propaganda',
  'witch-hunt',
  'bigot',
  'fascist',
  'tyranny',
  'tyrant',
  'snowflake',
  'libtard',
  'maga',
  'rino',
  'dems',
  'gop-led',
  'globalist',
  'mob',
  // verdicts on a person or group, stated by the writer as if a fact ("disgraced FBI agent Peter Strzok", "a cheating
  // Chinese company"; "disgraced" already counts through "disgraceful")
  'cheating',
  'crooked',
  'shady',
  'notorious',
  'infamous',
  'scandal-plagued',
  'despot',
  'scumbag',
  'cabal',
  // motives the writer imputes to an act ("Sanders postured … when he wrote a letter"); "grandstand", "pander" and
  // "gaslight" by stem, "posture" only as a verb ("negotiating posture" is a description)
  'grandstand',
  'pander',
  'gaslight',
  // verdicts on a policy or an event ("one of the defining global missteps")
  'misstep',
  'blunder',
  'boondoggle',
];

// Judging only in these forms, matched as whole words: the noun "posture" is a description; the writer's "shocking",
// "stunning", "outrageous", "ridiculous", "brutal" (not "outrage", "stunned", "police brutality" or "brutally
// tortured", reactions and facts a report states); "explosive" (not "explosion" or "explosives"); "chaos" (its stem is
// "Chao"'s); the populist "elites" (not "elite private colleges"); "lies" and "liar" (not "lied to Mueller", a finding
// a report states); "caved"/"caving" (not a cave).
const FORMS: ReadonlySet<string> = new Set([
  'postured',
  'posturing',
  'shocking',
  'shockingly',
  'stunning',
  'stunningly',
  'outrageous',
  'outrageously',
  'ridiculous',
  'brutal',
  'explosive',
  'chaos',
  'chaotic',
  'elites',
  'lies',
  'liar',
  'liars',
  'caved',
  'caving',
]);

// Two-word phrases in which a listed word is literal: "Bezos blasted off to space", "an arctic blast", "explosive
// devices", "disaster aid", "natural disasters", "Pence woke up".
const LITERAL_PHRASES: ReadonlySet<string> = new Set([
  'blasted off',
  'blast off',
  'arctic blast',
  'explosive device',
  'explosive devices',
  'disaster aid',
  'disaster relief',
  'natural disaster',
  'natural disasters',
  'major disaster',
  'woke up',
  'woke to',
]);

// Headlines use these as hype more often than in their literal sense ("Feds Torpedo Massive Dark Web Child Porn Site",
// "Grassley destroys him with epic statement", "Trump shocks, earns GOP rebukes", "Have Dems Outraged Over …"), where a
// report's sentences use them literally; so they count in a title, not in a summary or key point.
const HEADLINE_WORDS = ['massive', 'huge', 'destroy', 'demolish', 'shock', 'outrage'];

const STEMS: ReadonlySet<string> = new Set(WORDS.map((word) => stem(word)));
const HEADLINE_STEMS: ReadonlySet<string> = new Set(HEADLINE_WORDS.map((word) => stem(word)));

/**
 * Number of loaded (judging, sensational or partisan) words in a text, matched by stem or as a judging form; in a
 * headline, its hype words too.
 */
export function countLoadedWords(text: string, headline = false): number {
  const tokens = tokenize(text);
  let count = 0;
  tokens.forEach((token, i) => {
    const root = stem(token);
    if (!FORMS.has(token) && !STEMS.has(root) && !(headline && HEADLINE_STEMS.has(root))) return;
    if (LITERAL_PHRASES.has(`${tokens[i - 1]} ${token}`) || LITERAL_PHRASES.has(`${token} ${tokens[i + 1]}`))
      return;
    count += 1;
  });
  return count;
}
