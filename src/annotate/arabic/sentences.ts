// Arabic sentences: a sentence ends at . ! ? ؟ or … (not a decimal point or a
// thousands dot inside a number) and at every line break; the Arabic comma
// and semicolon do not end one. Offsets are into the original text.

import type { Sentence } from "../types.js";

const END = /[.!?\u061f\u2026\u06d4]+["'”»)\]]*(?=\s|$)|\n+/gu;

export function splitArabicSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end <= start || !/[\p{L}\p{N}]/u.test(text.slice(start, end))) return;
    out.push({ start, end, text: text.slice(start, end), index: out.length, isHeadline: false, paragraph });
  };
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    const isBreak = m[0][0] === "\n";
    push(from, isBreak ? m.index : m.index + m[0].length);
    from = m.index + m[0].length;
    if (isBreak) paragraph++;
  }
  push(from, text.length);
  // The first line reads as a title when it ends without a full stop.
  const first = out[0];
  if (first && first.paragraph === 0 && !/[.!?\u061f]["'”»)]*$/u.test(first.text) && out.filter((s) => s.paragraph === 0).length === 1) first.isHeadline = true;
  return out;
}
