/** One article of a NeuS line: its headline and its text. */
export interface NeusArticle {
  readonly title: string;
  readonly text: string;
}

/**
 * Parses one line of the NeuS probe files (Lee et al., NAACL 2022): articles written `TITLE=> … ARTICLE=> …`
 * and joined by ` [SEP] `. A target line is one such article (the human neutral summary).
 */
export function parseNeusLine(line: string): NeusArticle[] {
  return line
    .split(' [SEP] ')
    .map((part) => {
      const match = /^\s*TITLE=>\s*([\s\S]*?)\s*ARTICLE=>\s*([\s\S]*)$/.exec(part);
      if (match === null) return { title: '', text: part.trim() };
      return { title: match[1]!.trim(), text: match[2]!.trim() };
    })
    .filter((a) => a.title !== '' || a.text !== '');
}
