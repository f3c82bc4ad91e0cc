// Attributions: who the text says a statement comes from.
//
//  - "according to X", "a report by X", "in a statement, X": X is the first
//    actor after the introducer (or the words up to the next comma);
//  - "X said", "X has reported", "X told Y", "X reported Thursday that":
//    X is the actor that ends right before the verb (after auxiliaries and
//    adverbs), or, past an apposition ("X, spokesman for Y, told"), the first
//    actor of the clause;
//  - "..., said X" / "“...,” confirmed a senior official": X follows the verb;
//  - "X's spokesman said": the source is written so, canonical X;
//  - "he said", "she added" → the latest person source; "they claim", "it
//    said" → the latest group source; "the spokesman added" → the latest
//    source whose role names a spokesman. These carry `attribution/coref`.
// Cues are data (lexicon/attribution-cues.ts).

import type { Context } from "../context.js";
import type { ActorMention, Annotations, Annotator, Attribution } from "./types.js";
import { PhraseIndex } from "./gazetteer/phrase-index.js";
import { documentWords, fold, type Word } from "./gazetteer/words.js";
import { CLAUSE_ONLY_CUES, SOURCE_INTRODUCERS, SOURCE_PRONOUNS, SPEECH_BRIDGES, SPEECH_VERBS } from "../lexicon/attribution-cues.js";
import { ROLE_HEADS } from "../lexicon/roles.js";
import { ARTICLES } from "../lexicon/function-words.js";

const TAG = "annotate/attributions";

let verbs: PhraseIndex<string> | null = null;
let introducers: PhraseIndex<string> | null = null;
function cueIndexes() {
  if (!verbs) {
    verbs = new PhraseIndex<string>();
    for (const v of SPEECH_VERBS) verbs.add(v, v);
    introducers = new PhraseIndex<string>();
    for (const v of SOURCE_INTRODUCERS) introducers.add(v, v);
  }
  return { verbs: verbs!, introducers: introducers! };
}

const BRIDGES = new Set(SPEECH_BRIDGES.map(fold));
const ROLE = new Set(ROLE_HEADS.map(fold));
const CLAUSE_ONLY = new Set(CLAUSE_ONLY_CUES.map(fold));
const QUOTES = /["“”«»]/;
/** Actor kinds that "they"/"it" may stand for. */
const COLLECTIVE = new Set(["group", "state", "force", "org", "media", "official"]);

interface Source {
  text: string;
  canonical: string | null;
  start: number;
  end: number;
  kind: ActorMention["kind"] | null;
  role: string | null;
  tags: string[];
}

export class AttributionExtractor implements Annotator {
  readonly name = TAG;

  annotate(doc: Annotations, ctx: Context): void {
    const text = doc.text;
    const words = documentWords(text) as Word[];
    const { verbs, introducers } = cueIndexes();
    const sentences = doc.sentences.length ? doc.sentences : fallbackSentences(text);
    const actors = [...doc.actors].sort((a, b) => a.start - b.start);
    const actorEndingAt = new Map<number, ActorMention>();
    const actorStartingAt = new Map<number, ActorMention>();
    for (const a of actors) {
      const prev = actorEndingAt.get(a.end);
      if (!prev || a.start < prev.start) actorEndingAt.set(a.end, a);
      if (!actorStartingAt.has(a.start)) actorStartingAt.set(a.start, a);
    }

    const out: Attribution[] = [];
    const history: Array<Source & { sentence: number }> = [];
    let s = 0;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      while (s < sentences.length - 1 && w.start >= sentences[s].end) s++;
      if (w.kind !== "word" || (w.cap && i > 0 && !sentenceStart(words, i, sentences[s]))) continue;
      const sentence = sentences[s] ?? { start: 0, end: text.length, index: 0 };
      const inSentence = (k: number) => k >= 0 && k < words.length && words[k].start >= sentence.start && words[k].end <= sentence.end;

      let source: Source | null = null;
      let cueFrom = i;
      let cueTo = i + 1;

      const intro = introducers.matchAt(text, words, i);
      if (intro) {
        cueTo = intro.to;
        source = this.after(text, words, intro.to, actors, inSentence, true);
      } else {
        if (w.cap) continue; // verbs of saying in lower case only ("Said" is a name)
        const verb = verbs.matchAt(text, words, i);
        if (!verb) continue;
        cueTo = verb.to;
        if (CLAUSE_ONLY.has(w.key) && !/^\s*(?:that\b|[:"“])/.test(text.slice(words[verb.to - 1].end, words[verb.to - 1].end + 8))) continue;
        source = this.before(text, words, i, actors, actorEndingAt, inSentence, history);
        if (!source && invertedAfterQuote(text, words, i)) source = this.after(text, words, verb.to, actors, inSentence, false);
        if (!source && invertedAfterQuote(text, words, i)) source = pronounAfter(words, verb.to, history);
      }
      if (!source) continue;
      const start = Math.min(source.start, words[cueFrom].start);
      const end = Math.max(source.end, words[cueTo - 1].end);
      const cue = text
        .slice(words[cueFrom].start, words[cueTo - 1].end)
        .toLowerCase()
        .replace(/\s+/g, " ");
      const idx = sentence.index ?? s;
      // One source per sentence: "according to X ... X reports" is one attribution.
      if (out.some((a) => a.sentence === idx && (a.canonical ?? a.source) === (source!.canonical ?? source!.text))) continue;
      const attribution: Attribution = {
        start,
        end,
        text: text.slice(start, end),
        source: source.text,
        canonical: source.canonical,
        sentence: idx,
        cue,
        tags: [TAG, ...source.tags],
      };
      out.push(attribution);
      history.push({ ...source, sentence: idx });
      ctx.debug(TAG, () => `[${idx}] ${cue}: ${source!.text}${source!.canonical ? ` (${source!.canonical})` : ""}`);
      i = Math.max(i, cueTo - 1);
    }
    for (const a of out) doc.attributions.push(a);
  }

  /** The source after an introducer or an inverted verb: the first actor within a few words, else the words to the next stop. */
  private after(text: string, words: Word[], k: number, actors: ActorMention[], inSentence: (k: number) => boolean, loose: boolean): Source | null {
    if (!inSentence(k)) return null;
    if (words[k]?.text === ",") k++;
    const limit = loose ? 8 : 4;
    let stop = k;
    while (stop < words.length && stop - k < limit && inSentence(stop) && !/^[,.;:!?“”"()]$/.test(words[stop].text)) stop++;
    const from = words[k]?.start ?? Infinity;
    const to = stop > k ? words[stop - 1].end : from;
    const a = actors.find((x) => x.start >= from && x.start < to);
    if (a) return fromActor(a, ["attribution/after"]);
    if (!loose || stop === k) return null;
    // No known actor: the phrase as written, without its determiner.
    let f = k;
    while (f < stop && ARTICLES.has(words[f].key)) f++;
    if (f >= stop || !words.slice(f, stop).some((w) => w.cap)) return null;
    return {
      text: text.slice(words[f].start, words[stop - 1].end),
      canonical: null,
      start: words[f].start,
      end: words[stop - 1].end,
      kind: null,
      role: null,
      tags: ["attribution/phrase"],
    };
  }

  /** The subject before a verb of saying. */
  private before(
    text: string,
    words: Word[],
    i: number,
    actors: ActorMention[],
    actorEndingAt: Map<number, ActorMention>,
    inSentence: (k: number) => boolean,
    history: Source[],
  ): Source | null {
    let p = i - 1;
    while (p >= 0 && inSentence(p) && words[p].kind === "word" && BRIDGES.has(words[p].key) && !words[p].cap) p--;
    if (p < 0 || !inSentence(p)) return null;
    const w = words[p];

    // he / she / they / it
    const pron = SOURCE_PRONOUNS[w.key];
    if (pron && w.kind === "word") return resolvePronoun(pron, w, history);

    // X's spokesman, an X spokesperson
    if (w.kind === "word" && ROLE.has(w.key) && (words[p - 1]?.kind === "possessive" || words[p - 1]?.kind === "word")) {
      const owner = actorEndingAt.get(words[words[p - 1].kind === "possessive" ? p - 2 : p - 1]?.end ?? -1);
      if (owner && owner.kind !== "person") {
        return {
          text: text.slice(owner.start, w.end),
          canonical: owner.canonical,
          start: owner.start,
          end: w.end,
          kind: "official",
          role: w.text,
          tags: ["attribution/before", "attribution/spokesman"],
        };
      }
    }

    // the spokesman / the official → the latest such source
    if (w.kind === "word" && ROLE.has(w.key) && ARTICLES.has(words[p - 1]?.key ?? "")) {
      const head = w.key;
      for (let h = history.length - 1; h >= 0; h--) {
        const prev = history[h];
        if ((prev.role && fold(prev.role).includes(head)) || fold(prev.text).includes(head)) {
          return { ...prev, start: words[p - 1].start, end: w.end, tags: ["attribution/before", "attribution/coref"] };
        }
      }
    }

    const direct = actorEndingAt.get(w.end);
    if (direct && inSentence(wordAt(words, direct.start))) {
      // "Name of the X said": the person speaks, not X.
      const owner = personBefore(text, actors, direct.start);
      return owner ? fromActor(owner, ["attribution/before", "attribution/affiliation"]) : fromActor(direct, ["attribution/before"]);
    }

    // Past an apposition: "X, spokesman for Y, told", "X (a pseudonym), a former fighter, said"
    if (w.text === "," || w.text === ")") {
      const clauseStart = clauseStartBefore(text, words, p, inSentence);
      const cands = actors.filter(
        (a) =>
          a.start >= clauseStart &&
          a.end <= w.start &&
          (/^\s*[,(]/.test(text.slice(a.end, a.end + 3)) || (a.kind === "person" && /^\s+of\s/.test(text.slice(a.end, a.end + 5)))),
      );
      const pick = cands.find((a) => a.kind === "person") ?? cands[0];
      if (pick) return fromActor(pick, ["attribution/before", "attribution/apposition"]);
    }
    return null;
  }
}

/** A person right before "of (the)?" and the actor starting at `start`. */
function personBefore(text: string, actors: ActorMention[], start: number): ActorMention | null {
  for (const a of actors) {
    if (a.kind !== "person" || a.end >= start) continue;
    if (/^\s+of(?:\s+the)?\s+$/i.test(text.slice(a.end, start))) return a;
  }
  return null;
}

function fromActor(a: ActorMention, tags: string[]): Source {
  return { text: a.text, canonical: a.canonical, start: a.start, end: a.end, kind: a.kind, role: a.role, tags };
}

function resolvePronoun(kind: "person" | "group", w: Word, history: Source[]): Source | null {
  for (let h = history.length - 1; h >= 0; h--) {
    const prev = history[h];
    const ok = kind === "person" ? prev.kind === "person" : prev.kind !== null && COLLECTIVE.has(prev.kind);
    if (ok) return { ...prev, text: prev.canonical ?? prev.text, start: w.start, end: w.end, tags: ["attribution/before", "attribution/coref"] };
  }
  return null;
}

function pronounAfter(words: Word[], k: number, history: Source[]): Source | null {
  const w = words[k];
  if (!w || w.kind !== "word") return null;
  const pron = SOURCE_PRONOUNS[w.key];
  return pron ? resolvePronoun(pron, w, history) : null;
}

/** "”, said X" / "," said X": the verb follows a quotation or a comma. */
function invertedAfterQuote(text: string, words: Word[], i: number): boolean {
  const prev = words[i - 1];
  if (!prev) return false;
  if (QUOTES.test(prev.text)) return true;
  return prev.text === "," && QUOTES.test(words[i - 2]?.text ?? "");
}

/** Start offset of the clause holding word p: after the last quotation mark or sentence start. */
function clauseStartBefore(text: string, words: Word[], p: number, inSentence: (k: number) => boolean): number {
  let k = p;
  while (k - 1 >= 0 && inSentence(k - 1) && !QUOTES.test(words[k - 1].text)) k--;
  void text;
  return words[k].start;
}

function wordAt(words: Word[], offset: number): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sentenceStart(words: Word[], i: number, sentence: { start: number } | undefined): boolean {
  if (!sentence) return false;
  let k = i - 1;
  while (k >= 0 && words[k].kind === "punct" && words[k].start >= sentence.start) k--;
  return k < 0 || words[k].end <= sentence.start;
}

/** Sentences by a plain split, for a document the sentence splitter has not seen. */
function fallbackSentences(text: string): Array<{ start: number; end: number; index: number }> {
  const out: Array<{ start: number; end: number; index: number }> = [];
  let start = 0;
  const push = (end: number) => {
    const seg = text.slice(start, end);
    const lead = seg.length - seg.trimStart().length;
    if (seg.trim()) out.push({ start: start + lead, end: start + seg.trimEnd().length, index: out.length });
    start = end;
  };
  // A boundary: a line break, or . ! ? (and closing quotes) then space and a capital,
  // unless the period closes an initial or a short abbreviation ("U.S.", "Gen.").
  const re = /\n+|[.!?]+["”’)]*(?=\s+["“‘(]?\p{Lu})/gu;
  for (const m of text.matchAll(re)) {
    if (m[0][0] === ".") {
      const before = /(\S+)$/.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? "";
      if (
        /^(?:\p{Lu}|\p{Lu}\.\p{Lu}|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Sen|Rep|Gov|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Vol)$/u.test(before)
      )
        continue;
    }
    push(m.index + m[0].length);
  }
  push(text.length);
  return out.length ? out : [{ start: 0, end: text.length, index: 0 }];
}
