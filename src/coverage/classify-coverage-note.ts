/** What an AllSides roundup says about how much each side covered a story. */
export type CoverageSkew = 'left' | 'right' | 'center' | 'lean-left' | 'lean-right' | 'balanced' | 'none';

// "left-", "left-rated", "left- and center-rated", "center- and left-rated", "right-rated"…
const SIDES = String.raw`((?:left|center|right)(?:-rated|-)?(?:\s+(?:and|or)\s+(?:left|center|right)(?:-rated)?)?)`;
const TOWARD = [
  // "Coverage was (somewhat) more common/prominent/widespread in left- and center-rated outlets"
  new RegExp(
    String.raw`coverage\s+(?:was|came|has been)\s+(?:[a-z]+\s+){0,3}?(?:more|most|primarily|mostly|largely|heavily)\s+(?:[a-z]+\s+){0,2}?(?:in|from|among|by)\s+${SIDES}`,
    'i',
  ),
  // "The story received wide coverage from left and center-rated outlets" (not "…across the spectrum")
  new RegExp(
    String.raw`received\s+(?:wide|widespread|more|most|heavy|extensive)\s+coverage\s+(?:from|in|among)\s+${SIDES}`,
    'i',
  ),
  // "covered more frequently by right-rated outlets", "widely covered by right-rated outlets"
  new RegExp(
    String.raw`covered\s+(?:[a-z]+\s+){0,2}?(?:more|most|mostly|primarily|widely|heavily|largely)(?:\s+[a-z]+)?\s+(?:by|in)\s+${SIDES}`,
    'i',
  ),
  // "much bigger news in right-rated outlets"
  new RegExp(String.raw`bigger\s+(?:news|story)\s+(?:in|among|for)\s+${SIDES}`, 'i'),
  // "Left-rated outlets were more likely to cover the story"
  new RegExp(
    String.raw`${SIDES}\s+(?:outlets|sources|media)\s+were\s+more\s+likely\s+to\s+(?:cover|report|run|publish)\b`,
    'i',
  ),
];
const AWAY = [
  // "received little (to no) coverage from right-rated outlets", "little coverage in left-rated outlets"
  new RegExp(
    String.raw`(?:little|no|scant|less|minimal|barely any|almost no)\s+(?:to\s+no\s+)?coverage\s+(?:from|in|among|by)\s+(?:any\s+)?${SIDES}`,
    'i',
  ),
  // "barely covered by any left- and center-rated outlets"
  new RegExp(
    String.raw`(?:barely|rarely|hardly|not)\s+covered\s+(?:by|in)\s+(?:any\s+|many\s+)?${SIDES}`,
    'i',
  ),
];
// Prominence inside an otherwise balanced statement: "…but more prominent from right-rated outlets".
const LEAN = [
  new RegExp(
    String.raw`more\s+(?:prominent(?:ly)?|frequent(?:ly)?|common(?:ly)?|widely)\s+(?:[a-z]+\s+){0,3}?(?:in|from|by|among)\s+${SIDES}`,
    'i',
  ),
  new RegExp(
    String.raw`with\s+(?:some\s+)?${SIDES}\s+(?:outlets|sources)\s+(?:[a-z]+\s+){0,4}?more\s+prominently`,
    'i',
  ),
  new RegExp(
    String.raw`${SIDES}\s+(?:outlets|sources)\s+(?:often\s+)?(?:highlighted|featured|displayed)\s+(?:[a-z]+\s+){0,3}?more\s+prominently`,
    'i',
  ),
];
const BALANCED =
  /\b(?:mostly|largely|fairly)\s+(?:balanced|similar|even)\b|\b(?:wide|widespread|widely|prominently|similarly)?\s*(?:coverage|covered|reported|featured)\s+(?:[a-z]+\s+){0,3}?(?:across|throughout)\s+(?:the\s+)?(?:[a-z]+\s+)?spectrum|\b(?:outlets|sources|news outlets)\s+(?:from\s+)?(?:across|on all sides of)\s+(?:the\s+)?(?:[a-z]+\s+)?spectrum\s+(?:covered|reported)|coverage\s+(?:on|from)\s+all\s+sides|received\s+(?:wide\s+)?coverage\s+(?:from\s+)?across/i;

/**
 * Reads AllSides' coverage note (paragraphs after the roundup's summary) for a statement about how much each
 * side covered the story: 'left' when coverage leaned to left(- and center)-rated outlets or the right barely
 * covered it, 'right' for the mirror, 'center' for center-rated outlets alone; 'lean-left'/'lean-right' when
 * the note calls coverage balanced but more prominent on one side; 'balanced' for "wide coverage across the
 * spectrum"; 'none' when the note speaks only of framing. The first strong statement wins, then the first lean.
 */
export function classifyCoverageNote(note: string): CoverageSkew {
  let lean: CoverageSkew | undefined;
  let balanced = false;
  for (const sentence of note.split(/(?<=[.!?;])\s+/)) {
    const balancedAt = sentence.search(BALANCED);
    const toward = firstSides(TOWARD, sentence);
    const away = firstSides(AWAY, sentence);
    const strongAt = sentence.search(/\b(?:more|most|primarily|mostly|largely|little|barely|bigger)\b/i);
    if (balancedAt >= 0) balanced = true;
    if (balancedAt >= 0 && (toward === undefined || balancedAt < strongAt)) {
      const leaning = firstSides(LEAN, sentence) ?? toward;
      if (leaning !== undefined) lean ??= leanOf(directionOf(leaning));
      continue;
    }
    if (toward !== undefined) return directionOf(toward);
    if (away !== undefined) return mirror(directionOf(away));
    const leaning = firstSides(LEAN, sentence);
    if (leaning !== undefined) lean ??= leanOf(directionOf(leaning));
  }
  return lean ?? (balanced ? 'balanced' : 'none');
}

function leanOf(skew: CoverageSkew): CoverageSkew | undefined {
  if (skew === 'left') return 'lean-left';
  if (skew === 'right') return 'lean-right';
  return undefined;
}

function firstSides(patterns: readonly RegExp[], sentence: string): Set<string> | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(sentence);
    if (match) return new Set(match[1]!.toLowerCase().match(/left|center|right/g) ?? []);
  }
  return undefined;
}

function directionOf(sides: ReadonlySet<string>): CoverageSkew {
  if (sides.has('left') && sides.has('right')) return 'balanced';
  if (sides.has('left')) return 'left';
  if (sides.has('right')) return 'right';
  return 'center';
}

// Little coverage from the left means coverage leaned right, and the reverse; a missing center says nothing.
function mirror(skew: CoverageSkew): CoverageSkew {
  if (skew === 'left') return 'right';
  if (skew === 'right') return 'left';
  return 'none';
}
