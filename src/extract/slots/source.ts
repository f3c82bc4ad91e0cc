// Source: the attribution of the sentence ("according to X", "X said"), the
// one nearest the trigger when there are several; else a reporting clause the
// annotator left unnamed (", a spokesman said", "police said", "X urged ...");
// else the attribution of an adjacent sentence that carries on the same
// report (", he added" after, or the paragraph's attributed speaker before).

import type { Context } from "../../context.js";
import type { Attribution } from "../../annotate/types.js";
import { AUX, CLAUSE_OPENERS, CLAUSE_SUBORDINATORS, DETERMINERS, PERSONAL_SUBJECT_PRONOUNS, PREPOSITIONS } from "../../lexicon/function-words.js";
import type { Candidate, SentenceView, SlotFiller } from "../types.js";
import { REPORTING_VERB_FORMS } from "../../lexicon/attribution-cues.js";

const CLOSERS = new Set([",", '"', "“", "”", "'", "’"]);

function nameOf(a: Attribution): string {
  return a.canonical ?? a.source;
}

const CHANNEL =
  /^(?:its |their |the )?(?:Telegram|Twitter|X|Facebook|Instagram|YouTube|WhatsApp|TikTok|Truth Social)(?: (?:channel|account|page|feed))?$|\b(?:channel|website|account|feed|page)$/i;

/**
 * A name that can be a speaker: a noun phrase of a few words, not a clause
 * ("that 40 men had been returned from" is what was said, not who said it).
 */
export function plausibleSpeaker(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (!words.length || words.length > 10) return false;
  if (CLAUSE_SUBORDINATORS.has(words[0].toLowerCase())) return false;
  // "on its Telegram channel", "on state television": the channel a statement went out on, not who made it
  if (CHANNEL.test(name.trim())) return false;
  // lowercase only: "May", "Will" can be names
  return !words.some((w) => AUX.has(w) && !/^(?:'s|’s)$/.test(w));
}

/** A noun phrase that can be a source: short, no verb-like words, not a date. */
function speakerPhrase(view: SentenceView, from: number, to: number): string | null {
  // ", where the army said", ", and police said": the connective is not part of the speaker
  while (from <= to && CLAUSE_OPENERS.has(view.lowers[from])) from++;
  if (to < from || to - from > 7) return null;
  for (let k = from; k <= to; k++) {
    const tok = view.tokens[k];
    const l = view.lowers[k];
    if (tok.kind === "punct" && tok.text !== "'" && tok.text !== "’" && tok.text !== "-" && tok.text !== "." && tok.text !== "(" && tok.text !== ")")
      return null;
    const possessive = (l === "'s" || l === "’s") && k > from;
    if ((AUX.has(l) && !possessive) || l === "that" || l === "which" || l === "who") return null;
    if (view.dates.some((d) => d.start <= tok.start && tok.end <= d.end)) return null;
  }
  const last = view.tokens[to];
  if (last.kind !== "word" && last.text !== ")") return null;
  return view.doc.text.slice(view.tokens[from].start, last.end);
}

/** A reporting clause the annotator did not name: ", a spokesman said", "Police said ...", "according to the department". */
function reportingClause(view: SentenceView, t: number): { name: string; pronoun: boolean } | null {
  const n = view.tokens.length;
  let best: { name: string; pronoun: boolean; d: number } | null = null;
  for (let k = 0; k < n; k++) {
    const l = view.lowers[k];
    let name: string | null = null;
    if (l === "according" && view.lowers[k + 1] === "to") {
      let e = k + 2;
      while (e + 1 < n && view.tokens[e + 1].kind !== "punct") e++;
      name = speakerPhrase(view, k + 2, e);
    } else if (REPORTING_VERB_FORMS.has(l) && view.lowers[k + 1] !== "by") {
      // ("the truce announced by X": a participle, not a report)
      // "..., a spokesman said", "... the department said."
      let s = k - 1;
      while (s >= 0 && !(view.tokens[s].kind === "punct" && CLOSERS.has(view.tokens[s].text)) && k - s <= 8) s--;
      if (s >= 0 && CLOSERS.has(view.tokens[s].text) && s < k - 1) name = speakerPhrase(view, s + 1, k - 1);
      // "Police said on Saturday ...": a subject at the start of the sentence
      else if (s < 0 && k > 0 && k <= 8) name = speakerPhrase(view, 0, k - 1);
      // "told reporters": the speaker is before
      if (name && PREPOSITIONS.has(name.split(/\s+/)[0].toLowerCase()) && !DETERMINERS.has(name.split(/\s+/)[0].toLowerCase())) name = null;
    }
    if (!name) continue;
    const d = Math.abs(k - t);
    // "He also", "they further": a pronoun with an adverb is still a pronoun
    if (!best || d < best.d) best = { name, pronoun: PERSONAL_SUBJECT_PRONOUNS.has(name.toLowerCase().split(/\s+/)[0]), d };
  }
  return best ? { name: best.name, pronoun: best.pronoun } : null;
}

/** The attribution of a nearby sentence that continues the report, or null. */
function carried(view: SentenceView): string | null {
  const views = view.info.views;
  // ", he added" / a quote right after: the same speaker
  const next = views[view.index + 1];
  const nextAttr = next?.attributions.filter((a) => plausibleSpeaker(nameOf(a))) ?? [];
  if (next && next.sentence.paragraph === view.sentence.paragraph && nextAttr.length) {
    const a = nextAttr[0];
    if (/\badd/i.test(a.cue) || /^["“]/.test(next.sentence.text)) return nameOf(a);
  }
  // a quote, or a report by "he", carries on across a paragraph break: scraped pages set each quoted sentence apart
  const quoted = /^\s*["“'‘]/.test(view.sentence.text);
  for (let k = view.index - 1; k >= 0 && k >= view.index - 3; k--) {
    if (views[k].sentence.paragraph !== view.sentence.paragraph && !(quoted && view.index - k <= 2)) break;
    const own = views[k].attributions.filter((a) => plausibleSpeaker(nameOf(a)));
    if (own.length) return nameOf(own[own.length - 1]);
    const r = reportingClause(views[k], 0);
    if (r && !r.pronoun) return r.name;
  }
  return null;
}

export const sourceSlot: SlotFiller = {
  name: "slot/source",
  fill(c: Candidate, _ctx: Context) {
    const v = c.view;
    let source: string | null = null;
    const attributions = v.attributions.filter((a) => plausibleSpeaker(nameOf(a)));
    if (attributions.length) {
      // several attributions: the one nearest the trigger
      let best = attributions[0];
      let bestD = Infinity;
      for (const a of attributions) {
        const d = a.end <= c.trigger.start ? c.trigger.start - a.end : a.start >= c.trigger.end ? a.start - c.trigger.end : 0;
        if (d < bestD) {
          bestD = d;
          best = a;
        }
      }
      source = nameOf(best);
    }
    if (!source) {
      const r = reportingClause(v, c.trigger.first);
      if (r && !r.pronoun) source = r.name;
      else if (r && r.pronoun) source = carried(v);
    }
    source ??= carried(v);
    if (!source) return;
    c.source = source;
    c.tags.push("slot/source");
  },
};
