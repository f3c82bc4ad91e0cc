// Full-text words for PostgreSQL, folded as SQLite's FTS5 (unicode61) folds
// them: a word is a run of letters and digits, lower-cased, Latin accents
// dropped. The words are computed here and stored as lexemes
// (array_to_tsvector), not parsed by PostgreSQL's text-search parser, whose
// idea of a word (host names, numbers with commas, hyphenated compounds) and
// of a letter (depending on the server's locale) is not FTS5's. Queries go
// the same way: every word must match, operators and quotes are plain text.

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

function fold(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC").toLowerCase();
}

/** The distinct folded words of a text. */
export function words(text: string): string[] {
  const out = new Set<string>();
  for (const w of text.normalize("NFC").match(WORD) ?? []) {
    const f = fold(w);
    if (f) out.add(f);
  }
  return [...out];
}

/**
 * A tsquery of quoted lexemes, all required (`'nine' & 'thousand'`); null
 * when the query has no word. The lexemes hold letters and digits only, so
 * the quoting cannot be escaped; the query is passed as a parameter all the same.
 */
export function tsQuery(q: string): string | null {
  const terms = words(q);
  if (terms.length === 0) return null;
  return terms.map((t) => `'${t}'`).join(" & ");
}
