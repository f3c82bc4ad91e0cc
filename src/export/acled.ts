// Stories as ACLED-compatible CSV (RFC 4180): ACLED's 31 columns in its
// order, with its value conventions, one row a story. docs/acled.md has the
// mapping of our types to ACLED's and how each column is filled.
//
// ACLED records only events dated to a month or better and placed at least
// to a country; a story dated no closer than that, or placed nowhere, is left
// out and counted in `left` with the reason.

import isoCountries from "i18n-iso-countries";
import type { Reconciliation, Story } from "../types.js";
import {
  ACLED_COLUMNS,
  ACLED_REGIONS,
  AIR_STRIKE_WORDS,
  CIVILIAN_WORDS,
  CLASH_WORDS,
  COMBATANT_WORDS,
  HANDOVER_WORDS,
  SEIZURE_WORDS,
  SHELLING_WORDS,
} from "../lexicon/acled.js";
import { countryName } from "../lexicon/countries.js";
import { dateInterval } from "../reconcile/util.js";
import { anchorPlace, storyEvidence, type EventLookup } from "../reconcile/story-places.js";
import { type AcledActor, acledActors, civilians, interaction, unidentifiedArmedGroup } from "./acled-actors.js";
import { CSV_BOM, csvLine } from "./csv.js";
import { type Figures, storyFigures } from "./figures.js";
import { resolvePlace } from "./place-detail.js";

export { ACLED_COLUMNS } from "../lexicon/acled.js";

const SD = "Strategic developments";
const PV = "Political violence";

const wordsRe = (words: readonly string[]) =>
  new RegExp(String.raw`\b(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, String.raw`\s+`)).join("|")})\b`, "i");
const AIR = wordsRe(AIR_STRIKE_WORDS);
const SHELLING = wordsRe(SHELLING_WORDS);
const CLASH = wordsRe(CLASH_WORDS);
const CIVILIAN = wordsRe(CIVILIAN_WORDS);
const COMBATANT = wordsRe(COMBATANT_WORDS);
const HANDOVER = wordsRe(HANDOVER_WORDS);
const SEIZURE = wordsRe(SEIZURE_WORDS);

export interface AcledType {
  disorder: string;
  event: string;
  sub: string;
  /** The main or only target was civilians. */
  civilianTargeting: boolean;
}

const t = (event: string, sub: string, civilianTargeting = false): AcledType => ({
  disorder: event === SD ? SD : PV,
  event,
  sub,
  civilianTargeting,
});

/**
 * ACLED's disorder, event and sub-event type of a story, from its type, the
 * words of its evidence and the type of its main actor (docs/acled.md).
 */
export function acledType(s: Pick<Story, "type" | "actor" | "group" | "subject">, words: string, actorInter: string | null = null): AcledType {
  const victims = `${s.subject ?? ""} ${words}`;
  switch (s.type) {
    case "arrest":
      // Detentions by non-state groups are abductions in ACLED's terms.
      if (actorInter === "Rebel group" || actorInter === "Political militia" || actorInter === "Identity militia")
        return t("Violence against civilians", "Abduction/forced disappearance", true);
      return t(SD, "Arrests");
    case "agreement":
    case "exchange":
    case "release":
    case "repatriation":
      // ACLED's Agreement covers prisoner exchanges, prisoner releases and repatriations.
      return t(SD, "Agreement");
    case "takeover":
      if (HANDOVER.test(words) && !SEIZURE.test(words)) return t(SD, "Non-violent transfer of territory");
      return t("Battles", actorInter === "State forces" ? "Government regains territory" : "Non-state actor overtakes territory");
    case "attack":
    case "killing": {
      const civilian = CIVILIAN.test(victims) && !COMBATANT.test(s.subject ?? "");
      if (AIR.test(words)) return t("Explosions/Remote violence", "Air/drone strike", civilian);
      if (SHELLING.test(words)) return t("Explosions/Remote violence", "Shelling/artillery/missile attack", civilian);
      if (CLASH.test(words)) return t("Battles", "Armed clash");
      if (civilian) return t("Violence against civilians", "Attack", true);
      if (s.type === "killing" && !s.group && !COMBATANT.test(victims)) return t("Violence against civilians", "Attack", true);
      return t("Battles", "Armed clash");
    }
    default:
      // Transfers, escapes, relocations, trials and holdings.
      return t(SD, "Other");
  }
}

export interface AcledDate {
  date: string;
  year: number;
  precision: 1 | 2 | 3;
}

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * ACLED's event_date and time_precision: a day is itself (1); a span of up to
 * a week its middle day (2); a month, or a span of up to a month, its middle
 * day (3). Null for a wider span or no date, which ACLED does not record.
 */
export function acledDate(date: string | null): AcledDate | null {
  const i = dateInterval(date);
  if (!i || !date) return null;
  const days = i.end - i.start + 1;
  if (days > 31) return null;
  const day = days === 1 ? i.start : i.start + Math.floor((days - 1) / 2);
  const d = iso(day);
  return { date: d, year: Number(d.slice(0, 4)), precision: days === 1 ? 1 : days <= 7 ? 2 : 3 };
}

const REGION_OF = new Map<string, string>();
for (const [region, codes] of Object.entries(ACLED_REGIONS)) for (const c of codes.split(" ")) REGION_OF.set(c, region);

/** ISO 3166-1 alpha-3 and numeric codes of an alpha-2 code. */
function isoCodes(cc: string): { alpha3: string | null; numeric: number | null } {
  const a3 = isoCountries.alpha2ToAlpha3(cc) ?? null;
  const n = isoCountries.alpha2ToNumeric(cc);
  return { alpha3: a3, numeric: n ? Number(n) : null };
}

/** ACLED's event id: the country's alpha-3 code and a number, here the story id's hash read as a decimal. */
export function eventIdCnty(storyId: string, cc: string | null): string {
  const prefix = (cc && isoCodes(cc).alpha3) || "XXX";
  const hex = /([0-9a-f]{6,})$/i.exec(storyId)?.[1];
  const digits = hex ? BigInt(`0x${hex}`).toString(10) : storyId.replace(/\W+/g, "");
  return `${prefix}${digits}`;
}

/** ACLED counts "several" and other numberless plurals of the dead as 3. */
const VAGUE_FATALITIES = 3;

/** ACLED's fatalities: the lowest figure reported for a killing; 0 for every other type. */
export function fatalities(s: Story, f: Figures): number {
  if (s.type !== "killing" || !s.count) return 0;
  if (s.count.value == null) return VAGUE_FATALITIES;
  return f.low ?? f.best ?? 0;
}

const Q: Record<string, string> = { exact: "", approx: "about ", at_least: "at least ", at_most: "up to ", vague: "" };

function countWords(s: Story): string {
  if (!s.count) return "";
  if (s.count.value == null) return "an unstated number of";
  return `${Q[s.count.qualifier] ?? ""}${s.count.value.toLocaleString("en-US")}${s.count.qualifier === "vague" ? "s of" : ""}`;
}

const LONG_DATE = (d: string) => new Date(`${d}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

function notes(s: Story, when: AcledDate, f: Figures, evidence: string | null, unlocated: string | null): string {
  const who = [countWords(s), s.subject ?? (s.group ? `${s.group} members` : "")].filter(Boolean).join(" ");
  const route =
    s.origin || s.destination
      ? `${s.origin ? ` from ${s.origin.name}` : ""}${s.destination ? ` to ${s.destination.name}` : ""}`
      : s.location
        ? ` at ${s.location.name}`
        : "";
  const by = s.actor ? ` by ${s.actor}` : "";
  const status = s.status === "occurred" ? "" : ` (${s.status})`;
  const on = when.precision === 1 ? `On ${LONG_DATE(when.date)}` : `Around ${LONG_DATE(when.date)}`;
  const range = f.low !== f.high ? ` Figures: low ${f.low ?? "unknown"}, best ${f.best ?? "unknown"}, high ${f.high ?? "unknown"}.` : "";
  const according = s.sources.length ? ` According to ${s.sources.join("; ")}.` : "";
  const quote = evidence ? ` Evidence: "${evidence.replace(/\s+/g, " ").trim()}"` : "";
  const where = unlocated ? ` (${unlocated} could not be located: coded to the country.)` : "";
  return `${on}, ${s.type}${who ? ` of ${who}` : ""}${route}${by}${status}.${where}${range}${according}${quote}`;
}

/** The sentence that states the story best: the first that gives its figure, else the longest. */
export function statingSentence(s: Pick<Story, "count">, sentences: readonly string[]): string | null {
  const v = s.count?.value;
  if (v != null) {
    const forms = [String(v), v.toLocaleString("en-US")];
    const hit = sentences.find((x) => forms.some((f) => new RegExp(String.raw`(?<![\d,.])${f.replace(/[.,]/g, "\\$&")}(?![\d])`).test(x)));
    if (hit) return hit;
  }
  return sentences.reduce<string | null>((best, x) => (best == null || x.length > best.length ? x : best), null);
}

function tags(s: Story): string {
  const out = [`sourced type: ${s.type}`, `story: ${s.id}`];
  if (s.status !== "occurred") out.push(`status: ${s.status}`);
  if (s.countKind && s.countKind !== "one_off") out.push(`figure: ${s.countKind}`);
  if (s.count?.value != null) out.push(`count: ${s.count.value}`);
  return out.join("; ");
}

export type AcledCell = string | number | null;

export interface AcledOptions {
  /** Unix time (seconds) written in the timestamp column; defaults to now. */
  timestamp?: number;
  /** For spreadsheets: a UTF-8 byte order mark, and cells that would run as formulas neutralised. */
  excel?: boolean;
}

export type LeftOutReason = "undated" | "date wider than a month" | "no place";

/** One story's row in ACLED's columns, or why ACLED would not record it. */
export function acledRow(s: Story, events: EventLookup, opts: AcledOptions = {}): { row: AcledCell[] } | { left: LeftOutReason } {
  const when = acledDate(s.date);
  if (!when) return { left: s.date ? "date wider than a month" : "undated" };
  const anchor = anchorPlace(s);
  const place = anchor ? resolvePlace(anchor) : null;
  if (!place || place.lat == null || place.lon == null || !place.country) return { left: "no place" };
  const cc = place.country;

  const evidence = storyEvidence(s, events).map((e) => e.text);
  const words = evidence.join(" ");
  let side1: AcledActor[] = acledActors(s.actor, cc);
  const groups = acledActors(s.group, cc);
  const type = acledType(s, words, side1[0]?.inter ?? null);
  if (!side1.length && (s.type === "exchange" || s.type === "agreement")) {
    // A swap or deal between states named only by their countries.
    const countries = Array.isArray(s.origin?.country) ? s.origin.country : Array.isArray(s.destination?.country) ? s.destination.country : [];
    side1 = countries.flatMap((c) => acledActors(countryName(c), cc));
  }
  let [actor1, ...assoc1] = side1;
  let actor2: AcledActor | undefined;
  let assoc2: AcledActor[] = [];
  if (type.civilianTargeting) {
    actor2 = civilians(cc);
    assoc2 = groups;
  } else {
    const others = groups.filter((g) => g.name !== actor1?.name);
    if (others.length) [actor2, ...assoc2] = others;
    else if (assoc1.length && (s.type === "exchange" || s.type === "agreement")) actor2 = assoc1.shift();
  }
  // ACLED always fills actor 1: an unnamed attacker of civilians is an
  // unidentified armed group; a one-sided event's only actor goes there.
  if (!actor1 && type.civilianTargeting) actor1 = unidentifiedArmedGroup(cc);
  else if (!actor1 && actor2) [actor1, actor2, assoc1, assoc2] = [actor2, assoc2[0], assoc2.slice(1), []];
  assoc1 = assoc1.filter((a) => a.name !== actor2?.name);
  const f = storyFigures(s, evidence);
  const codes = isoCodes(cc);
  const outlets = s.outlets.length ? s.outlets : [...new Set(s.mentions.map((m) => m.doc))];
  const row: AcledCell[] = [
    eventIdCnty(s.id, cc),
    when.date,
    when.year,
    when.precision,
    type.disorder,
    type.event,
    type.sub,
    actor1?.name ?? "",
    assoc1.map((a) => a.name).join("; "),
    actor1?.inter ?? "",
    actor2?.name ?? "",
    assoc2.map((a) => a.name).join("; "),
    actor2?.inter ?? "",
    interaction(actor1?.inter ?? null, actor2?.inter ?? null),
    type.civilianTargeting ? "Civilians targeted" : "",
    codes.numeric,
    REGION_OF.get(cc) ?? "",
    countryName(cc) ?? cc,
    place.admin1 ?? "",
    place.admin2 ?? "",
    "",
    place.name,
    Number(place.lat.toFixed(4)),
    Number(place.lon.toFixed(4)),
    place.precision,
    outlets.join("; "),
    "",
    notes(s, when, f, statingSentence(s, evidence), place.unlocated),
    fatalities(s, f),
    tags(s),
    opts.timestamp ?? Math.floor(Date.now() / 1000),
  ];
  return { row };
}

export interface AcledExport {
  csv: string;
  rows: number;
  /** Stories left out, by reason. */
  left: Partial<Record<LeftOutReason, number>>;
}

/** The stories as ACLED-compatible CSV, with what was left out and why. */
export function acledExport(r: Pick<Reconciliation, "stories">, events: EventLookup, opts: AcledOptions = {}): AcledExport {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  // csvLine neutralises cells a spreadsheet would run as formulas, always; --excel adds the byte order mark
  let csv = (opts.excel ? CSV_BOM : "") + csvLine(ACLED_COLUMNS);
  let rows = 0;
  const left: AcledExport["left"] = {};
  for (const s of r.stories) {
    const out = acledRow(s, events, { ...opts, timestamp });
    if ("left" in out) {
      left[out.left] = (left[out.left] ?? 0) + 1;
      continue;
    }
    csv += csvLine(out.row);
    rows++;
  }
  return { csv, rows, left };
}

export function toAcledCsv(r: Pick<Reconciliation, "stories">, events: EventLookup, opts: AcledOptions = {}): string {
  return acledExport(r, events, opts).csv;
}

/** "12 undated, 3 date wider than a month": the stories left out, for a note on stderr. */
export function describeLeftOut(left: Partial<Record<string, number>>): string {
  return Object.entries(left)
    .filter(([, n]) => n)
    .map(([why, n]) => `${n} ${why}`)
    .join(", ");
}
