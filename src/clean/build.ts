// Builds the cleaned text from the rules' decisions. Every raw character is
// either kept (possibly substituted by one character) or removed under a
// rule; removed runs become RemovedSpans with offsets into the raw text.
// Whitespace is normalised conservatively: lines trimmed, runs of spaces
// collapsed, at most one blank line between paragraphs.

import type { RemovedSpan } from "../types.js";
import type { CleanState } from "./state.js";

export const WHITESPACE_RULE = "clean/whitespace";

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 13 ||
    c === 12 ||
    c === 11 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x1680 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}
function isInvisible(c: number): boolean {
  return c === 0x200b || c === 0x2060 || c === 0xfeff || c === 0xad;
}

export function buildCleanText(state: CleanState): { cleanText: string; removed: RemovedSpan[] } {
  const text = state.text;
  const n = text.length;
  const ids = new Uint16Array(n);
  const names: string[] = [""];
  const idOf = new Map<string, number>();
  const id = (rule: string) => {
    let v = idOf.get(rule);
    if (v === undefined) {
      v = names.length;
      names.push(rule);
      idOf.set(rule, v);
    }
    return v;
  };
  const mark = (start: number, end: number, rule: string) => {
    const v = id(rule);
    for (let k = Math.max(0, start); k < Math.min(n, end); k++) if (ids[k] === 0) ids[k] = v;
  };

  for (const line of state.lines) {
    const rule = state.removedBy[line.index];
    if (rule !== null) mark(line.start, line.end + 1, rule);
  }
  for (const r of state.inline) mark(r.start, r.end, r.rule);

  // Within kept lines: invisible characters out, edges trimmed, inner runs of spaces collapsed.
  const ws = id(WHITESPACE_RULE);
  const blank: boolean[] = [];
  for (const line of state.lines) {
    if (state.removedBy[line.index] !== null) {
      blank.push(true);
      continue;
    }
    let firstKept = -1;
    let lastKept = -1;
    let prevSpace = false;
    for (let k = line.start; k < line.end; k++) {
      if (ids[k] !== 0) continue;
      const ch = text.charCodeAt(k);
      if (isInvisible(ch)) {
        ids[k] = ws;
        continue;
      }
      if (isSpace(ch)) {
        if (firstKept < 0 || prevSpace) {
          ids[k] = ws;
          continue;
        }
        prevSpace = true;
        if (ch !== 32) state.substitute(k, " ");
        continue;
      }
      prevSpace = false;
      if (firstKept < 0) firstKept = k;
      lastKept = k;
    }
    // Trailing spaces (at most one survived the collapse).
    for (let k = Math.max(line.start, lastKept + 1); k < line.end; k++) if (ids[k] === 0) ids[k] = ws;
    blank.push(firstKept < 0);
  }

  // Newlines: one between lines of a paragraph, one blank line between paragraphs, none at the edges.
  let lastContent = -1;
  for (let i = state.lines.length - 1; i >= 0; i--) {
    if (state.removedBy[i] === null && !blank[i]) {
      lastContent = i;
      break;
    }
  }
  let prevOut: "none" | "content" | "blank" = "none";
  for (const line of state.lines) {
    const i = line.index;
    if (state.removedBy[i] !== null) continue;
    const nl = line.end < n ? line.end : -1;
    if (!blank[i]) {
      prevOut = "content";
      if (i === lastContent && nl >= 0 && ids[nl] === 0) ids[nl] = ws;
      continue;
    }
    const keep = prevOut === "content" && i < lastContent;
    if (keep) prevOut = "blank";
    else if (nl >= 0 && ids[nl] === 0) ids[nl] = ws;
  }

  // Output and removed spans.
  const parts: string[] = [];
  const removed: RemovedSpan[] = [];
  let k = 0;
  while (k < n) {
    const v = ids[k];
    let e = k + 1;
    while (e < n && ids[e] === v) e++;
    if (v === 0) {
      let seg = text.slice(k, e);
      if (state.substitutions.size) seg = applySubstitutions(seg, k, state.substitutions);
      parts.push(seg);
    } else {
      removed.push({ start: k, end: e, rule: names[v], text: text.slice(k, e) });
    }
    k = e;
  }
  return { cleanText: parts.join(""), removed };
}

function applySubstitutions(seg: string, offset: number, subs: Map<number, string>): string {
  let out = "";
  let changed = false;
  for (let j = 0; j < seg.length; j++) {
    const s = subs.get(offset + j);
    if (s !== undefined) changed = true;
    out += s ?? seg[j];
  }
  return changed ? out : seg;
}
