// Drops candidates that do not report an event: negated or hypothetical ones
// (marked by slot/status), questions, capacities ("can hold up to 40,000"),
// generic plurals ("carry out attacks"), and reader comments. Says why in the
// debug trace.

import type { Context } from "../../context.js";
import { countAtToken } from "../grammar.js";
import type { Candidate, Refiner, SentenceView } from "../types.js";
import { ATTEMPT_NOUNS, EFFORT_WORDS, HABITUAL_ADVERBS, INTENT_NOUNS, REFUSAL_VERBS } from "../../lexicon/modality.js";
import { WAR_NOUNS } from "../../lexicon/event-words.js";
import { RELATIVE_CLAUSE_STEPS, TIME_SUBORDINATORS } from "../../lexicon/function-words.js";
import { AWAITING_WORDS } from "../../lexicon/legal-words.js";
import { CLAIM_WORDS, REJECTION_CUE } from "../../lexicon/attribution-cues.js";
import { CAPACITY_CUE } from "../../lexicon/facility-words.js";
import { SWAP_CUE } from "../../lexicon/custody-verbs.js";
import { DEAL_MANNER_WORDS } from "../../lexicon/agreement-words.js";
import { COMMENTS_HEADING, LINK_LINE_LABEL } from "../../lexicon/page-chrome.js";

const GENERIC_TYPES = new Set(["attack", "killing", "arrest", "release", "escape", "transfer"]);

const DESCRIPTIVE_TYPES = new Set(["killing", "attack"]);

/** The trigger sits in a quotation that ends in a question mark, before the sentence goes on ("..., X asked"). */
function inQuotedQuestion(c: Candidate): boolean {
  const s = c.view.sentence;
  const after = c.view.doc.text.slice(c.trigger.end, s.end);
  const close = after.search(/\?\s*["”’]/);
  return close >= 0 && !/[.!;]/.test(after.slice(0, close));
}

/** "The group, which killed hundreds in 2014, ...": a non-restrictive relative clause describes, it does not report. */
function inRelativeClause(c: Candidate): boolean {
  const v = c.view;
  for (let k = c.trigger.first - 1; k >= 1 && k >= c.trigger.first - 6; k--) {
    if (v.tokens[k].kind === "punct") return false;
    if ((v.lowers[k] === "which" || v.lowers[k] === "who") && v.tokens[k - 1].text === ",") return true;
  }
  return false;
}

/**
 * "can hold up to 40,000": the count is what the place could take. "The jail,
 * built for 400, held 950": the capacity belongs to another count, the stock stays.
 */
function isCapacity(c: Candidate): boolean {
  const s = c.view.sentence;
  const re = new RegExp(CAPACITY_CUE.source, "gi");
  const m = c.countMention;
  let hit: RegExpExecArray | null;
  let any = false;
  while ((hit = re.exec(s.text))) {
    any = true;
    if (!m) return true;
    const end = s.start + hit.index + hit[0].length;
    if (
      m.start >= end &&
      /^[\s,]*(?:(?:up to|as many as|about|around|some|roughly|nearly|almost|more than|over|at least|at most)\s*)?$/i.test(c.view.doc.text.slice(end, m.start))
    )
      return true;
    // the trigger itself is the capacity verb ("can hold")
    if (c.trigger.start >= s.start + hit.index && c.trigger.start <= end + 1) return true;
  }
  return any && !m;
}

/** "agreed to release 887", "a deal to free": the release is the content of the agreement. */
function isAgreementComplement(c: Candidate): boolean {
  const v = c.view;
  const k = c.trigger.first;
  if (k < 2 || v.lowers[k - 1] !== "to") return false;
  return ["agree", "deal", "agreement", "accord"].includes(v.lemmas[k - 2]);
}

function isAttempt(c: Candidate): boolean {
  const v = c.view;
  const k = c.trigger.first;
  if (k < 2 || v.lowers[k - 1] !== "to") return false;
  for (let j = k - 2; j >= 0 && j >= k - 3; j--) {
    if (ATTEMPT_NOUNS.has(v.lemmas[j]) || ATTEMPT_NOUNS.has(v.lowers[j]) || v.lowers[j] === "tried" || v.lowers[j] === "trying") return true;
    if (v.tokens[j].kind !== "word") return false;
  }
  return false;
}

/**
 * "Half a million people died in the war", "the conflict has killed 14,000 since
 * 2011": the toll of a whole war is background, not an incident. A date or a
 * place below country level in the sentence makes it specific.
 */
function isWarToll(c: Candidate): boolean {
  if (c.type !== "killing") return false;
  const v = c.view;
  let war = false;
  for (let k = Math.max(0, c.trigger.first - 8); k < Math.min(v.tokens.length, c.trigger.last + 8); k++)
    if (WAR_NOUNS.has(v.lemmas[k]) && v.lowers[k - 1] !== "of") war = true;
  if (!war) return false;
  if (v.dates.length) return false;
  return !v.places.some((p) => p.kind !== "country" && p.kind !== "demonym" && p.kind !== "region");
}

/** "clashes near the prison", "strikes on Kobani": a plural tied to a named place below country level is one episode. */
function placedEpisode(c: Candidate): boolean {
  const v = c.view;
  const clause = v.clause[c.trigger.first];
  return v.places.some(
    (p) =>
      p.start >= c.trigger.end &&
      p.kind !== "country" &&
      p.kind !== "demonym" &&
      p.kind !== "region" &&
      v.clause[v.tokens.findIndex((t) => t.start >= p.start)] === clause,
  );
}

function inTimeClause(c: Candidate): boolean {
  const v = c.view;
  for (let k = c.trigger.first - 1; k >= 0 && k >= c.trigger.first - 5; k--) {
    if (v.tokens[k].kind === "punct") return false;
    if (TIME_SUBORDINATORS.has(v.lowers[k]) && k > 0) return true;
  }
  return false;
}

/** A heading that opens a block of links: "Related:", "Read more", "More stories". */
const LINK_HEADING =
  /^(?:related(?: (?:stories|articles|coverage|news|content))?|read more|see also|also read|read also|more on this(?: story)?|more stories|more from [\w ]+|recommended(?: for you)?|you may also like|most read|latest news|further reading)\s*:?\s*$/i;

/** Sentences inside link blocks: after a link heading, lines without final punctuation, and ">"/"»" lines. */
export function linkLines(views: SentenceView[]): Set<number> {
  const out = new Set<number>();
  let inBlock = false;
  for (const v of views) {
    const text = v.sentence.text.trim();
    const final = /[.!?]["”’)]?$/.test(text);
    if (LINK_HEADING.test(text)) {
      inBlock = true;
      continue;
    }
    if (/^[>»›]\s*\S/.test(text) && !final) {
      out.add(v.index);
      continue;
    }
    if (inBlock && !final) out.add(v.index);
    else inBlock = false;
  }
  return out;
}

export function reason(c: Candidate, commentsFrom: number, links: Set<number> = new Set()): string | null {
  if (c.dropped) return c.dropped;
  const s = c.view.sentence;
  if (s.index >= commentsFrom) return "reader comment";
  if (LINK_LINE_LABEL.test(s.text) || links.has(s.index)) return "link to another article";
  if (c.type === "relocation" && !c.origin && !c.destination) return "relocation to or from nowhere named";
  if (c.type === "relocation" && inTimeClause(c)) return "movement told as the time of another event";
  // a planned attack or killing is a plot or a threat, not an event
  if ((c.type === "attack" || c.type === "killing") && c.status === "planned") return "plotted or threatened violence";
  if (c.type !== "agreement" && isAgreementComplement(c)) return "what an agreement provides for (the agreement is the event)";
  if (/\?\s*["”’]?\s*$/.test(s.text)) return "question";
  // "“How could they attack a prison and walk away?” asked the senator": a quoted question around the trigger
  if (inQuotedQuestion(c)) return "question";
  if (isAttempt(c)) return "an attempt, not an outcome";
  if (deniedIntent(c)) return "an intent denied";
  if (isPurpose(c)) return "a purpose or an effort, not an outcome";
  if (c.type === "trial" && isStandingTrial(c)) return "people described as on trial, not a trial told";
  if (c.type === "holding" && atLarge(c)) return "people still at large are not held";
  if (isHistory(c)) return "history years before the report";
  if (rejectedClaim(c)) return "a claim the sentence rejects";
  if (GENERIC_TYPES.has(c.type) && isHabitual(c)) return "a habit, not an incident";
  if (isWarToll(c)) return "toll of a whole war";
  if (c.type === "holding" && isCapacity(c)) return "capacity";
  const t = c.trigger;
  const v = c.view;
  if (DESCRIPTIVE_TYPES.has(c.type) && inRelativeClause(c)) return "description in a relative clause";
  const lower = v.lowers[t.first];
  if (GENERIC_TYPES.has(c.type) && t.reading === "noun" && lower !== v.lemmas[t.first] && lower.endsWith("s") && !c.count) {
    // a bare plural ("deadly attacks", "transfers") names a kind of event, not one
    const prev = v.lowers[t.first - 1] ?? "";
    if (!["the", "these", "those", "its", "their", "his", "her", "our"].includes(prev) && !placedEpisode(c)) return "generic plural";
  }
  return null;
}

/**
 * "efforts are ongoing to recapture all fleeing inmates", "under pressure to
 * recapture the escapees", "for the recapture of", "working to free every
 * captive": the goal of an effort, not something that happened or was planned
 * with a date.
 */
function isPurpose(c: Candidate): boolean {
  const v = c.view;
  const k = c.trigger.first;
  if (v.lowers[k - 1] === "to") {
    for (let j = k - 2; j >= 0 && j >= k - 6; j--) {
      if (EFFORT_WORDS.has(v.lowers[j])) return true;
      if (v.tokens[j].kind === "punct") break;
    }
  }
  // "seek escape from the country", "sought asylum": what people want
  if (/^(?:seek|seeks|seeking|sought)$/.test(v.lowers[k - 1] ?? "")) return true;
  // "for the recapture of", "in search of"
  return c.trigger.reading === "noun" && v.lowers[k - 1] === "the" && v.lowers[k - 2] === "for" && !c.count;
}

function isStandingTrial(c: Candidate): boolean {
  const v = c.view;
  const k = c.trigger.first;
  return AWAITING_WORDS.has(v.lowers[k - 1]) || (AWAITING_WORDS.has(v.lowers[k - 2]) && v.tokens[k - 1].kind === "word");
}

/** "more than 400 remain at large": the escapees are out, not held. */
function atLarge(c: Candidate): boolean {
  const v = c.view;
  for (let k = c.trigger.first; k <= Math.min(v.tokens.length - 2, c.trigger.last + 2); k++)
    if (v.lowers[k] === "at" && v.lowers[k + 1] === "large") return true;
  return false;
}

function deniedIntent(c: Candidate): boolean {
  const v = c.view;
  const k = c.trigger.first;
  if (c.status !== "planned" && !(v.lowers[k - 1] === "to" || v.lowers[k - 1] === "of")) return false;
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    if (v.lowers[j] === "." || v.lowers[j] === ";") break;
    if (REFUSAL_VERBS.has(v.lowers[j]) && v.lowers[j + 1] === "to" && j + 2 === k) return true;
    if (!INTENT_NOUNS.has(v.lowers[j])) continue;
    for (let n = j - 1; n >= 0 && n >= j - 3; n--) if (v.lowers[n] === "no" || v.lowers[n] === "not" || v.lowers[n] === "never") return true;
  }
  return false;
}

/**
 * "The group overran a third of the country in 2014": a conquest or an attack
 * years before the report, in a sentence with nothing recent, is the
 * conflict's history, not news (a killing with its toll stays: it is a record).
 */
const HISTORY_TYPES = new Set(["takeover", "attack"]);
function isHistory(c: Candidate): boolean {
  if (!HISTORY_TYPES.has(c.type)) return false;
  const pub = c.view.info.published;
  if (!pub) return false;
  const pubYear = Number(pub.slice(0, 4));
  const year = (value: string) => Number(value.slice(0, 4));
  const mention = c.dateMention;
  if (!mention || mention.implied || pubYear - year(mention.value) < 3) return false;
  return c.view.dates.every((d) => d.implied || pubYear - year(d.value) >= 3);
}

/**
 * "dismissed as false the reports claiming that inmates had escaped", "denied
 * rumours that the camp had been shelled": a claim the sentence rejects.
 */
function rejectedClaim(c: Candidate): boolean {
  const v = c.view;
  if (!REJECTION_CUE.test(v.sentence.text)) return false;
  for (let k = c.trigger.first - 1; k >= 0 && k >= c.trigger.first - 12; k--) {
    if (!CLAIM_WORDS.has(v.lowers[k])) continue;
    // the rejection stands before the claim: "dismissed as fabricated posts which claimed that"
    const claimStart = v.tokens[k].start - v.sentence.start;
    return REJECTION_CUE.test(v.sentence.text.slice(0, claimStart));
  }
  return false;
}

function isHabitual(c: Candidate): boolean {
  const v = c.view;
  for (let k = c.trigger.first - 1; k >= 0 && k >= c.trigger.first - 2; k--)
    if (HABITUAL_ADVERBS.has(v.lowers[k])) return !c.count || c.count.qualifier === "vague";
  return false;
}

/**
 * "exchanged 300 prisoners in a deal brokered by the Emirates", "freed during a
 * prisoner swap deal": a deal named as the way a swap told in the same sentence
 * was done is that swap, not an agreement of its own.
 */
function isTheSwapsDeal(c: Candidate, all: Candidate[]): boolean {
  if (c.type !== "agreement" || c.trigger.reading !== "noun") return false;
  const v = c.view;
  const swapHere = all.some(
    (a) => a !== c && a.view === v && a.status === "occurred" && (a.type === "exchange" || (a.type === "release" && SWAP_CUE.test(v.sentence.text))),
  );
  if (!swapHere) return false;
  for (let k = c.trigger.first - 1; k >= 0 && k >= c.trigger.first - 4; k--) {
    if (DEAL_MANNER_WORDS.has(v.lowers[k]) || SWAP_CUE.test(v.lowers[k])) return true;
    if (v.tokens[k].kind === "punct" && v.tokens[k].text !== "-") return false;
  }
  return false;
}

/**
 * "Police caught 40 of the inmates who fled the jail": an event told in a
 * restrictive relative clause on the people of another event in the same
 * sentence identifies those people; it is told elsewhere, if at all.
 */
function describesAnotherEventsPeople(c: Candidate, all: Candidate[]): boolean {
  const v = c.view;
  let k = c.trigger.first - 1;
  while (k > 0 && RELATIVE_CLAUSE_STEPS.has(v.lowers[k])) k--;
  if (k < 1 || !(v.lowers[k] === "who" || v.lowers[k] === "that")) return false;
  if (v.tokens[k - 1].kind !== "word") return false;
  return all.some((a) => {
    if (a === c || a.view !== v || a.type === c.type || a.type === "holding" || a.dropped) return false;
    if (a.trigger.last >= k - 1 || k - a.trigger.last > 10) return false;
    for (let j = a.trigger.last + 1; j < k; j++) if (v.tokens[j].kind === "punct") return false;
    // "caught 30 of the some 70 convicts who fled": a count of their own makes the clause report news
    const counts = new Set<number>();
    for (let j = a.trigger.last + 1; j < k; j++) {
      const m = countAtToken(v, j);
      if (m) counts.add(m.start);
    }
    return counts.size < 2;
  });
}

export const unlikelyEventFilter: Refiner = {
  name: "refiner/unlikely-event-filter",
  refine(cands: Candidate[], ctx: Context): Candidate[] {
    if (!cands.length) return cands;
    const views = cands[0].view.info.views;
    let commentsFrom = Infinity;
    for (const v of views) {
      if (COMMENTS_HEADING.test(v.sentence.text.trim()) && v.sentence.text.length < 40) {
        commentsFrom = v.index;
        break;
      }
    }
    const links = linkLines(views);
    return cands.filter((c) => {
      const why =
        reason(c, commentsFrom, links) ??
        (describesAnotherEventsPeople(c, cands) ? "identifies the people of another event in a relative clause" : null) ??
        (isTheSwapsDeal(c, cands) ? "the deal a swap told in its sentence was done in" : null);
      if (why) ctx.debug("refiner/unlikely-event-filter", () => `drop ${c.type} s${c.view.index} "${c.trigger.text}": ${why}`);
      return !why;
    });
  },
};
