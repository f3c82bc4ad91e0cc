// Actors: armed groups, forces, states, organisations, media, officials and
// named people, each with a canonical name, kind, role and country.
//
// One scan over the words; at each word the longest of these wins:
//  - a named actor from lexicon/groups.ts ("SDF", "U.S. Central Command");
//  - a generic phrase "<adjective>* <demonym>? <modifier>* <head>" built from
//    lexicon/roles.ts ("Syrian security forces", "a senior U.S. military
//    official", "Iraqi authorities", "government forces");
//  - a titled name ("Deputy Foreign Minister Name");
//  - a media phrase ("X newspaper", "the news agency X").
// Then people: capitalised names followed by a role apposition
// ("Name, spokesman for the X,"), a verb of saying, or "of the <group>"; and
// later mentions of their surname alone ("Name said" → the full name).

import type { Context } from "../context.js";
import type { ActorKind, ActorMention, Annotations, Annotator, PlaceMention } from "./types.js";
import { actorIndex } from "./gazetteer/actor-index.js";
import { PhraseIndex } from "./gazetteer/phrase-index.js";
import { documentWords, fold, joins, scanWords, type Word } from "./gazetteer/words.js";
import { COUNTRIES, NON_COUNTRY_DEMONYMS } from "../lexicon/countries.js";
import { AFFILIATION_SUFFIXES, GROUPS, MEDIA_HEADS } from "../lexicon/groups.js";
import {
  ACTOR_ADJECTIVES,
  ACTOR_MODIFIERS,
  FORCE_HEADS,
  NOT_NAME_WORDS,
  OFFICIAL_HEADS,
  ROLE_HEADS,
  STATE_HEADS,
  TITLE_PREFIXES,
  TITLES,
} from "../lexicon/roles.js";
import { SPEECH_BRIDGES, SPEECH_VERBS } from "../lexicon/attribution-cues.js";
import { ARTICLES, LOCATIVE_PREPOSITIONS, STATE_AUX } from "../lexicon/function-words.js";
import { PERSON_NAME_PARTICLES } from "../lexicon/name-particles.js";
import { BARE_ACTOR_HEADS } from "../lexicon/force-words.js";

const TAG = "annotate/actors";

const keys = (list: string[]) => new Set(list.map((w) => fold(w)));
const FORCE = keys(FORCE_HEADS);
const STATE = keys(STATE_HEADS);
const OFFICIAL = keys(OFFICIAL_HEADS);
const MODIFIERS = keys(ACTOR_MODIFIERS);
const ADJECTIVES = keys(ACTOR_ADJECTIVES);
const ROLE = keys(ROLE_HEADS);
const NOT_NAME = keys(NOT_NAME_WORDS);
const TITLE_PREFIX = keys(TITLE_PREFIXES);
const BRIDGES = keys(SPEECH_BRIDGES);

interface Qualifier {
  country: string | null;
}

let qualifierIndex: PhraseIndex<Qualifier> | null = null;
let titleIndex: PhraseIndex<string> | null = null;
let speechIndex: PhraseIndex<string> | null = null;
let mediaIndex: PhraseIndex<string> | null = null;

function indexes() {
  if (!qualifierIndex) {
    const q = new PhraseIndex<Qualifier>();
    for (const c of COUNTRIES) for (const n of [c.name, ...c.aliases, ...c.demonyms]) q.add(n, { country: c.iso2 });
    for (const d of NON_COUNTRY_DEMONYMS) q.add(d, { country: null });
    // Capitals standing for their state: "Damascus forces".
    for (const g of GROUPS) {
      if (g.kind !== "state") continue;
      for (const a of g.aliases) if (!a.includes(" ")) q.add(a, { country: g.country });
    }
    qualifierIndex = q;
    titleIndex = new PhraseIndex<string>();
    for (const t of TITLES) titleIndex.add(t, t);
    speechIndex = new PhraseIndex<string>();
    for (const v of SPEECH_VERBS) speechIndex.add(v, v);
    mediaIndex = new PhraseIndex<string>();
    for (const h of MEDIA_HEADS) mediaIndex.add(h.toLowerCase(), h);
  }
  return { qualifiers: qualifierIndex!, titles: titleIndex!, speech: speechIndex!, media: mediaIndex! };
}

interface Found {
  from: number;
  to: number;
  mention: ActorMention;
}

export class ActorExtractor implements Annotator {
  readonly name = TAG;

  annotate(doc: Annotations, ctx: Context): void {
    const text = doc.text;
    const words = documentWords(text) as Word[];
    const ix = indexes();
    const groups = actorIndex();
    const placeAt = placeCover(doc, words);
    const countryAt = new Map(doc.places.filter((p) => p.kind === "country").map((p) => [p.start, p]));
    const found: Found[] = [];

    const mention = (from: number, to: number, canonical: string, kind: ActorKind, role: string | null, country: string | null, tags: string[]): Found => ({
      from,
      to,
      mention: {
        start: words[from].start,
        end: words[to - 1].end,
        text: text.slice(words[from].start, words[to - 1].end),
        canonical,
        kind,
        role,
        country,
        tags: [TAG, ...tags],
      },
    });

    // ---- pass 1: named actors, generic phrases, titled names, media phrases
    for (let i = 0; i < words.length; i++) {
      if (words[i].kind !== "word") continue;
      const options: Found[] = [];

      const g = groups.matchAt(text, words, i);
      const placeLike =
        g &&
        isMetonymAlone(g.values[0], g.to - g.from) &&
        (LOCATIVE_PREPOSITIONS.has(words[i - 1]?.key ?? "") || words[i].allCaps || (words[g.to]?.text === "," && countryAt.has(words[g.to + 1]?.start ?? -1)));
      if (g && !placeLike) {
        const e = g.values[0];
        options.push(mention(i, g.to, e.canonical, e.kind, null, e.country, ["actor/lexicon"]));
      }
      const gen = this.generic(text, words, i, ix.qualifiers);
      if (gen) options.push(mention(i, gen.to, gen.canonical, gen.kind, null, gen.country, ["actor/generic"]));
      const titled = this.titled(text, words, i, ix, placeAt);
      if (titled) options.push(mention(titled.from, titled.to, titled.name, "person", titled.role, titled.country, ["actor/title"]));
      const state = this.countryAsActor(text, words, i, countryAt);
      if (state) options.push(mention(i, state.to, state.name, "state", null, state.country, ["actor/country-subject"]));
      const media = this.media(text, words, i, ix.media);
      if (media) options.push(mention(media.from, media.to, media.name, "media", null, null, ["actor/media"]));

      if (!options.length) continue;
      // Longest wins; on a tie the named actor (first pushed) wins.
      let best = options[0];
      for (const o of options) if (o.to > best.to) best = o;
      // "Iraqi migration ministry spokesman Name": the phrase is the person's role.
      if (
        best.mention.tags.includes("actor/generic") &&
        ROLE.has(words[best.to - 1].key) &&
        words[best.to] &&
        joins(text, words[best.to - 1], words[best.to])
      ) {
        const nm = nameAt(text, words, best.to, 2, null, placeAt);
        if (nm) {
          const name = text.slice(words[best.to].start, words[nm.to - 1].end);
          best = mention(best.from, nm.to, name, "person", best.mention.canonical, best.mention.country, ["actor/person-role"]);
        }
      }
      found.push(best);
      ctx.debug(TAG, () => `"${best.mention.text}" → ${best.mention.canonical} (${best.mention.kind})`);
      i = best.to - 1;
    }

    // ---- pass 2: people named with a role, a verb of saying, or an affiliation
    const covered = new Array<boolean>(words.length).fill(false);
    for (const f of found) for (let k = f.from; k < f.to; k++) covered[k] = true;
    for (let i = 0; i < words.length; i++) {
      if (covered[i]) continue;
      const name = nameAt(text, words, i, 2, covered, placeAt);
      if (!name) continue;
      const prev = words[i - 1];
      if (prev && prev.kind === "word" && prev.cap && joins(text, prev, words[i])) continue; // inside a longer capitalised run
      const roleBefore = roleHeadBefore(text, words, i, covered);
      const after = this.afterName(text, words, name.to, ix, groups);
      if (roleBefore) {
        const canonical = text.slice(words[i].start, words[name.to - 1].end).replace(/\s+/g, " ");
        const f = mention(roleBefore.from, name.to, canonical, "person", roleBefore.role, null, ["actor/person-role"]);
        found.push(f);
        for (let k = roleBefore.from; k < name.to; k++) covered[k] = true;
        i = name.to - 1;
        continue;
      }
      if (!after) {
        i = name.to - 1;
        continue;
      }
      const canonical = text.slice(words[i].start, words[name.to - 1].end).replace(/\s+/g, " ");
      const f = mention(i, name.to, canonical, "person", after.role, after.country, [`actor/person-${after.how}`]);
      found.push(f);
      for (let k = i; k < name.to; k++) covered[k] = true;
      ctx.debug(TAG, () => `person "${canonical}" (${after.how}${after.role ? `: ${after.role}` : ""})`);
      i = name.to - 1;
    }

    // ---- pass 3: a known person's surname alone ("Alawi said", "Al-Alawi added")
    const bySurname = new Map<string, ActorMention>();
    const nameWordsSeen = new Map<string, Word[]>();
    const nameWords = (c: string) => {
      let ws = nameWordsSeen.get(c);
      if (!ws) nameWordsSeen.set(c, (ws = scanWords(c).filter((w) => w.kind === "word" && !PERSON_NAME_PARTICLES.has(w.key))));
      return ws;
    };
    for (const f of found) {
      if (f.mention.kind !== "person") continue;
      const ws = nameWords(f.mention.canonical);
      const last = ws[ws.length - 1];
      if (ws.length >= 2 && last && !bySurname.has(last.key)) bySurname.set(last.key, f.mention);
    }
    for (const f of found) {
      const ws = nameWords(f.mention.canonical);
      const full = ws.length === 1 ? bySurname.get(ws[0].key) : undefined;
      if (f.mention.kind !== "person" || !full || full === f.mention) continue;
      f.mention.canonical = full.canonical;
      f.mention.role ??= full.role;
      f.mention.country ??= full.country;
      f.mention.tags.push("actor/surname");
    }
    if (bySurname.size) {
      for (let i = 0; i < words.length; i++) {
        const w = words[i];
        if (covered[i] || w.kind !== "word" || !w.cap || !bySurname.has(w.key)) continue;
        const next = words[i + 1];
        if (next && next.kind === "word" && next.cap && joins(text, w, next)) continue;
        let from = i;
        // "al-Alawi", "Al-Alawi"
        if (i > 0 && PERSON_NAME_PARTICLES.has(words[i - 1].key) && !covered[i - 1] && joins(text, words[i - 1], w)) {
          const pp = words[i - 2];
          if (pp && pp.kind === "word" && pp.cap && !covered[i - 2] && joins(text, pp, words[i - 1]) && !NOT_NAME.has(pp.key)) continue; // another full name
          from = i - 1;
        }
        const p = bySurname.get(w.key)!;
        found.push(mention(from, i + 1, p.canonical, "person", p.role, p.country, ["actor/surname"]));
        covered[i] = true;
      }
    }

    found.sort((a, b) => a.from - b.from);
    for (const f of found) doc.actors.push(f.mention);
    doc.actors.sort((a, b) => a.start - b.start);
  }

  /** "<det>? <adjective>* <qualifier>? <modifier>* <head>" */
  private generic(text: string, words: Word[], i: number, qualifiers: PhraseIndex<Qualifier>) {
    let j = i;
    if (ARTICLES.has(words[j].key)) return null; // the phrase starts after its determiner
    let adjectives = 0;
    while (j < words.length && words[j].kind === "word" && ADJECTIVES.has(words[j].key) && adjectives < 3) j++, adjectives++;
    let country: string | null = null;
    let qualified = false;
    const q = j < words.length ? qualifiers.matchAt(text, words, j) : null;
    if (q && (j === i || joins(text, words[j - 1], words[j]))) {
      country = q.values[0].country;
      qualified = true;
      j = q.to;
      // "Iran-backed", "Kurdish-led": the qualifier names a sponsor, not the actor's state.
      if (words[j] && AFFILIATION_SUFFIXES.has(words[j].key) && text.slice(words[j - 1].end, words[j].start) === "-") {
        country = null;
        j++;
      }
    }
    // "Russia's Defense Ministry"
    if (qualified && words[j]?.kind === "possessive") j++;
    let modifiers = 0;
    while (j < words.length && words[j].kind === "word" && capsOk(words[j], qualified) && MODIFIERS.has(words[j].key) && modifiers < 3) {
      // a modifier that is also a head ends the phrase if no head follows
      const n = words[j + 1];
      if (
        (FORCE.has(words[j].key) || STATE.has(words[j].key)) &&
        !(n && n.kind === "word" && capsOk(n, qualified) && (MODIFIERS.has(n.key) || FORCE.has(n.key) || STATE.has(n.key) || OFFICIAL.has(n.key)))
      )
        break;
      j++, modifiers++;
    }
    const head = words[j];
    if (!head || head.kind !== "word" || !capsOk(head, qualified)) return null;
    if (j > i && !joins(text, words[j - 1], head)) return null;
    const kind: ActorKind | null = FORCE.has(head.key) ? "force" : STATE.has(head.key) ? "state" : OFFICIAL.has(head.key) ? "official" : null;
    if (!kind) return null;
    if (!qualified && !modifiers) {
      const ok = BARE_ACTOR_HEADS.has(head.key) || (kind === "official" && adjectives > 0);
      if (!ok) return null;
    }
    let to = j + 1;
    // "Ministry of Migration", "Office of the Prosecutor"
    if (kind === "state" && head.cap && words[to]?.key === "of") {
      let k = to + 1;
      if (words[k]?.key === "the") k++;
      const s0 = k;
      while (k < words.length && k - s0 < 4 && words[k].kind === "word" && words[k].cap && joins(text, words[k - 1], words[k])) k++;
      if (k > s0) to = k;
    }
    return { to, canonical: text.slice(words[i].start, words[to - 1].end).replace(/\s+/g, " "), kind, country };
  }

  /** "<qualifier>? <Title> <Name>" */
  private titled(text: string, words: Word[], i: number, ix: ReturnType<typeof indexes>, placeAt: boolean[]) {
    let j = i;
    let country: string | null = null;
    if (words[j].key === "former") j++;
    const q = words[j] ? ix.qualifiers.matchAt(text, words, j) : null;
    if (q && words[q.to]) {
      country = q.values[0].country;
      j = q.to;
    }
    const titleStart = j;
    while (words[j] && words[j].cap && TITLE_PREFIX.has(words[j].key) && words[j + 1] && joins(text, words[j], words[j + 1])) j++;
    const t = words[j] ? ix.titles.matchAt(text, words, j) : null;
    if (!t) return null;
    j = titleStart;
    // "Gen." scans as "Gen" + "."
    let k = t.to;
    if (words[k]?.text === "." && words[k].start === words[k - 1].end) k++;
    if (!words[k] || (!joins(text, words[k - 1], words[k]) && text.slice(words[k - 1].end, words[k].start) !== " ")) return null;
    const name = nameAt(text, words, k, 1, null, placeAt);
    if (!name) return null;
    return {
      from: i,
      to: name.to,
      name: text.slice(words[k].start, words[name.to - 1].end),
      role: text.slice(words[j].start, words[k - 1].end),
      country,
    };
  }

  /** A country acting: "Iraq has received", "Iraq offered", "a request by Iraq". */
  private countryAsActor(text: string, words: Word[], i: number, countryAt: Map<number, PlaceMention>) {
    const p = countryAt.get(words[i].start);
    if (!p) return null;
    let to = i + 1;
    while (to < words.length && words[to].start < p.end) to++;
    const next = words[to];
    const prev = words[i - 1];
    const acts = next && next.kind === "word" && !next.cap && (STATE_AUX.has(next.key) || /^[a-z]{3,}ed$/.test(next.key));
    const agent = prev && prev.kind === "word" && prev.key === "by";
    if (!acts && !agent) return null;
    // "in Syria has been", "to Iraq offered": a place, not a doer.
    if (prev && prev.kind === "word" && (LOCATIVE_PREPOSITIONS.has(prev.key) || prev.key === "of")) return null;
    return { to, name: p.name, country: p.country };
  }

  /** "X newspaper", "X news agency", "the news agency X". */
  private media(text: string, words: Word[], i: number, media: PhraseIndex<string>) {
    // X newspaper
    let j = i;
    while (
      j < words.length &&
      j - i < 3 &&
      words[j].kind === "word" &&
      words[j].cap &&
      !NOT_NAME.has(words[j].key) &&
      (j === i || joins(text, words[j - 1], words[j]))
    )
      j++;
    if (j > i && words[j] && joins(text, words[j - 1], words[j])) {
      const h = media.matchAt(text, words, j);
      if (h && !words[j].cap) return { from: i, to: h.to, name: text.slice(words[i].start, words[j - 1].end) };
    }
    // news agency X
    const h = media.matchAt(text, words, i);
    if (h && !words[i].cap) {
      let k = h.to;
      const s = k;
      while (k < words.length && k - s < 4 && words[k].kind === "word" && words[k].cap && joins(text, words[k - 1], words[k])) k++;
      if (k > s) return { from: s, to: k, name: text.slice(words[s].start, words[k - 1].end) };
    }
    return null;
  }

  /** What follows a bare name that makes it a person. */
  private afterName(text: string, words: Word[], to: number, ix: ReturnType<typeof indexes>, groups: PhraseIndex<unknown>) {
    let k = to;
    // "(a pseudonym)", "(SDF)"
    if (words[k]?.text === "(") {
      const close = words.findIndex((w, n) => n > k && w.text === ")");
      if (close > 0 && close - k < 8) k = close + 1;
    }
    const w = words[k];
    if (!w) return null;
    if (w.text === ",") {
      const role = roleAt(text, words, k + 1, ix.qualifiers);
      if (role) return { how: "role" as const, role: role.text, country: role.country };
      // "..., their lawyer, Name, told": the name closes an apposition before a verb of saying.
      if (words[k + 1] && ix.speech.matchAt(text, words, k + 1) && !words[k + 1].cap) return { how: "speech" as const, role: null, country: null };
    }
    if (w.kind === "word" && w.key === "of" && words[k + 1]) {
      const n = ARTICLES.has(words[k + 1].key) ? k + 2 : k + 1;
      if (words[n] && groups.matchAt(text, words, n)) return { how: "affiliation" as const, role: null, country: null };
    }
    let v = k;
    while (words[v] && words[v].kind === "word" && BRIDGES.has(words[v].key) && v - k < 3) v++;
    if (words[v] && ix.speech.matchAt(text, words, v)) return { how: "speech" as const, role: null, country: null };
    return null;
  }
}

/** After a qualifier, names of institutions are capitalised: "Iraqi Interior Ministry". */
function capsOk(w: Word, qualified: boolean): boolean {
  return !w.cap || (qualified && !w.allCaps);
}

/** "Police spokesman Name", "SDF spokesman Name": a role head right before the name, with up to two words before it. */
function roleHeadBefore(text: string, words: Word[], i: number, covered: boolean[]): { from: number; role: string } | null {
  const h = i - 1;
  const head = words[h];
  if (!head || head.kind !== "word" || head.cap || !ROLE.has(head.key) || !joins(text, head, words[i])) return null;
  let from = h;
  while (from - 1 >= 0 && h - from < 2) {
    const w = words[from - 1];
    if (w.kind !== "word" || ARTICLES.has(w.key) || !joins(text, w, words[from])) break;
    if (!w.cap && !MODIFIERS.has(w.key) && !ADJECTIVES.has(w.key)) break;
    if (covered[from - 1] && !w.cap) break;
    from--;
  }
  return { from, role: text.slice(words[from].start, head.end) };
}

/** A single-word state metonym ("Damascus"). */
function isMetonymAlone(e: { kind: ActorKind }, len: number): boolean {
  return e.kind === "state" && len === 1;
}

/** Which words lie inside a place mention other than a demonym. */
function placeCover(doc: Annotations, words: Word[]): boolean[] {
  const out = new Array<boolean>(words.length).fill(false);
  if (!doc.places.length) return out;
  let p = 0;
  const places = [...doc.places].filter((pl) => pl.kind !== "demonym").sort((a, b) => a.start - b.start);
  for (let i = 0; i < words.length; i++) {
    while (p < places.length && places[p].end <= words[i].start) p++;
    if (p < places.length && places[p].start <= words[i].start && words[i].end <= places[p].end) out[i] = true;
  }
  return out;
}

/** A person's name at word i: capitalised words and name particles, `min`..4 name words. */
function nameAt(text: string, words: Word[], i: number, min: number, covered: boolean[] | null, placeAt: boolean[]): { to: number } | null {
  const ok = (k: number) => {
    const w = words[k];
    return w && w.kind === "word" && w.cap && !w.allCaps && !NOT_NAME.has(w.key) && !placeAt[k] && !(covered && covered[k]) && /\p{L}/u.test(w.text);
  };
  if (!ok(i)) return null;
  // "Transferring ...", "Notably ...", "Interested ...": a capitalised verb form or adverb opens a sentence, not a name.
  if (/(?:ing|ly|ed)$/.test(words[i].key) && words[i].key.length > 5) return null;
  let k = i + 1;
  let n = 1;
  while (k < words.length && n < 4) {
    const w = words[k];
    if (!joins(text, words[k - 1], w)) break;
    if (PERSON_NAME_PARTICLES.has(w.key) && !(covered && covered[k]) && ok(k + 1) && joins(text, w, words[k + 1])) {
      k += 2;
      n++;
      continue;
    }
    // "Mary L. Williams"
    if (/^\p{Lu}$/u.test(w.text) && words[k + 1]?.text === "." && ok(k + 2)) {
      k += 3;
      n++;
      continue;
    }
    if (!ok(k)) break;
    k++;
    n++;
  }
  if (n < min) return null;
  return { to: k };
}

/** A role apposition after "Name,": "(a|an|the)? ... <role head> ..." up to the next comma or stop. */
function roleAt(text: string, words: Word[], i: number, qualifiers: PhraseIndex<Qualifier>): { text: string; country: string | null } | null {
  let k = i;
  if (words[k] && ARTICLES.has(words[k].key)) k++;
  const start = k;
  let head = -1;
  let country: string | null = null;
  let end = k;
  for (; end < words.length && end - start < 16; end++) {
    const w = words[end];
    if (w.kind === "punct" && /^[,.;:“”"()!?]$/.test(w.text)) break;
    if (w.kind === "word" && SPEECH_VERBS.includes(w.key) && end > start) break;
    if (head < 0 && w.kind === "word" && ROLE.has(w.key)) head = end;
    if (country === null && w.kind === "word") {
      const q = qualifiers.matchAt(text, words, end);
      if (q && q.values[0].country) country = q.values[0].country;
    }
  }
  if (head < 0 || head - start > 5 || end === start) return null;
  return { text: text.slice(words[start].start, words[end - 1].end).replace(/\s+/g, " "), country };
}
