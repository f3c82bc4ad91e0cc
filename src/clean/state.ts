// What cleaning rules work on: the lines of the raw text with their offsets,
// which rule removed each, and inline removals and character substitutions.

export interface Line {
  index: number;
  /** Offset of the line's first character in the raw text. */
  start: number;
  /** Offset just past the line's last character (the newline is not part of it). */
  end: number;
  text: string;
}

export interface InlineRemoval {
  start: number;
  end: number;
  rule: string;
}

/** A cleaning rule: one behaviour, one file, one provenance tag. */
export interface CleanRule {
  /** Provenance tag, "clean/<file name>". */
  name: string;
  apply(state: CleanState): void;
}

export class CleanState {
  readonly lines: Line[];
  readonly removedBy: (string | null)[];
  readonly inline: InlineRemoval[] = [];
  /** Offset → replacement character (same length: one UTF-16 unit). */
  readonly substitutions = new Map<number, string>();

  /**
   * `fromHtml`: the text was read out of an HTML page (the headline is its
   * first line); `title`: the page's headline as its meta tags or heading give it.
   */
  constructor(
    readonly text: string,
    readonly fromHtml = false,
    readonly title: string | null = null,
  ) {
    this.lines = splitLines(text);
    this.removedBy = this.lines.map(() => null);
  }

  isKept(i: number): boolean {
    return this.removedBy[i] === null;
  }

  isBlank(i: number): boolean {
    return this.lines[i].text.trim() === "";
  }

  /** Removes a whole line; a line already removed keeps its first rule. */
  removeLine(i: number, rule: string): void {
    if (this.removedBy[i] === null) this.removedBy[i] = rule;
  }

  removeRange(start: number, end: number, rule: string): void {
    if (end > start) this.inline.push({ start, end, rule });
  }

  substitute(offset: number, char: string): void {
    if (char.length === 1) this.substitutions.set(offset, char);
  }

  /** Indices of kept lines with text, in order. */
  contentLines(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.lines.length; i++) if (this.isKept(i) && !this.isBlank(i)) out.push(i);
    return out;
  }
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      lines.push({ index: lines.length, start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return lines;
}

/** Words of a line: runs of non-space characters holding a letter or a digit. */
export function wordCount(s: string): number {
  let count = 0;
  let inWord = false;
  let wordy = false;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
    if (space) {
      if (inWord && wordy) count++;
      inWord = wordy = false;
    } else {
      inWord = true;
      // ASCII letters and digits, and anything beyond ASCII except common punctuation.
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && !(c >= 0x2000 && c <= 0x206f))) wordy = true;
    }
  }
  return count;
}

/** A line without sentence-final punctuation. */
export function endsLikeSentence(s: string): boolean {
  return /[.!?…:;]["”’)]?\s*$/.test(s);
}

/**
 * A line rule: removes every kept line the predicate accepts. Lines longer
 * than `maxChars` are never looked at (widgets and labels are short).
 */
export function lineRule(name: string, accepts: (text: string, i: number, state: CleanState) => boolean, maxChars = Infinity): CleanRule {
  return {
    name,
    apply(state) {
      for (let i = 0; i < state.lines.length; i++) {
        const line = state.lines[i].text;
        if (line.length > maxChars + 20 || !state.isKept(i) || state.isBlank(i)) continue;
        const text = line.trim();
        if (text.length <= maxChars && accepts(text, i, state)) state.removeLine(i, name);
      }
    },
  };
}
