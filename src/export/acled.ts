// Stories as ACLED-style CSV (RFC 4180): one row a story, with ACLED's
// event_date / time_precision / event_type / sub_event_type / actors /
// place columns, plus our count, qualifier and evidence.
//
// Our types map onto ACLED's by what happened: custody steps (transfers,
// releases, escapes, swaps, repatriations, trials, holdings) are "Strategic
// developments"; arrests and agreements have their own ACLED sub-types; a
// takeover is a battle unless the words say it was handed over; an attack is
// shelling, an air strike, a clash or violence against civilians by its words.
// ACLED's source column names the outlets (the document ids when no outlet is
// known); who the article attributes the claim to goes in the notes.

import type { Reconciliation, Story } from "../types.js";
import { countryName } from "../lexicon/countries.js";
import { dateInterval } from "../reconcile/util.js";
import { csvLine } from "./csv.js";
import { anchorPlace, countryList, hasCoords, storyEvidence, type EventLookup } from "../reconcile/story-places.js";

export const ACLED_COLUMNS = [
  "story_id",
  "event_date",
  "time_precision",
  "event_type",
  "sub_event_type",
  "actor1",
  "actor2",
  "country",
  "admin1",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "notes",
  "count",
  "qualifier",
  "evidence",
] as const;

const SD = "Strategic developments";
const GOVERNMENT = /\b(government|army|state|regime|ministry|military|security forces|police|national guard|damascus|baghdad)\b/i;

/** ACLED event_type and sub_event_type for a story, given its evidence words. */
export function acledType(s: Story, words: string): [string, string] {
  switch (s.type) {
    case "arrest":
      return [SD, "Arrests"];
    case "agreement":
      return [SD, "Agreement"];
    case "relocation":
      return [SD, "Change to group/activity"];
    case "takeover":
      if (
        /\b(handed over|handover|hand over|withdr[ae]w|entered|took over|taken over)\b/i.test(words) &&
        !/\b(seiz|captur|storm|overr[au]n|clash|fight)/i.test(words)
      )
        return [SD, "Non-violent transfer of territory"];
      return ["Battles", GOVERNMENT.test(s.actor ?? words) ? "Government regains territory" : "Non-state actor overtakes territory"];
    case "attack":
      if (/\b(air ?strikes?|airstrikes?|drones?|warplanes?|bombing raids?)\b/i.test(words)) return ["Explosions/Remote violence", "Air/drone strike"];
      if (/\b(shell(ed|ing|s)?|artillery|mortars?|rockets?|missiles?|bombard(ed|ing|ment)?)\b/i.test(words))
        return ["Explosions/Remote violence", "Shelling/artillery/missile attack"];
      if (/\b(civilians?|unarmed|residents|villagers|massacr)/i.test(words)) return ["Violence against civilians", "Attack"];
      return ["Battles", "Armed clash"];
    case "killing":
      if (/\b(clash|battle|fighting|firefight|combat)/i.test(words)) return ["Battles", "Armed clash"];
      return ["Violence against civilians", "Attack"];
    default:
      return [SD, "Other"];
  }
}

/** The start of the story's date and ACLED's time precision (1 day, 2 month-ish, 3 year-ish). */
export function acledDate(date: string | null): [string, number | null] {
  const i = dateInterval(date);
  if (!i || !date) return ["", null];
  const start = new Date(i.start * 86_400_000).toISOString().slice(0, 10);
  const days = i.end - i.start + 1;
  return [start, days <= 1 ? 1 : days <= 31 ? 2 : 3];
}

function geoPrecision(s: Story): number | null {
  const p = anchorPlace(s);
  if (!p) return null;
  if (!hasCoords(p)) return 3;
  const c = countryList(p);
  const countryLevel = c.length === 1 && countryName(c[0])?.toLowerCase() === p.name.toLowerCase();
  return countryLevel ? 3 : p.admin1 && p.admin1.toLowerCase() === p.name.toLowerCase() ? 2 : 1;
}

function countLabel(s: Story): string {
  if (!s.count) return "";
  if (s.count.value == null) return "an unstated number of";
  const q: Record<string, string> = { exact: "", approx: "about ", at_least: "at least ", at_most: "up to ", vague: "" };
  return `${q[s.count.qualifier] ?? ""}${s.count.value.toLocaleString("en-US")}${s.count.qualifier === "vague" ? "s of" : ""}`;
}

function notes(s: Story): string {
  const who = [countLabel(s), s.subject ?? (s.group ? `${s.group} members` : "")].filter(Boolean).join(" ");
  const route =
    s.origin || s.destination
      ? `${s.origin ? ` from ${s.origin.name}` : ""}${s.destination ? ` to ${s.destination.name}` : ""}`
      : s.location
        ? ` at ${s.location.name}`
        : "";
  const kind = s.countKind && s.countKind !== "one_off" && s.countKind !== "planned" ? ` [${s.countKind} figure]` : "";
  const by = s.actor ? ` by ${s.actor}` : "";
  const status = s.status === "occurred" ? "" : ` (${s.status})`;
  const n = new Set(s.mentions.map((m) => m.doc)).size;
  const according = s.sources.length ? ` According to ${s.sources.join("; ")}.` : "";
  return `${s.type[0].toUpperCase()}${s.type.slice(1)}${who ? ` of ${who}` : ""}${route}${by}${status}${kind}.${according} Reported in ${n} document${n === 1 ? "" : "s"}.`;
}

export function acledRow(s: Story, events: EventLookup): (string | number | null)[] {
  const evidence = storyEvidence(s, events);
  const [type, sub] = acledType(s, evidence.map((e) => e.text).join(" "));
  const [date, precision] = acledDate(s.date);
  const p = anchorPlace(s);
  const c = countryList(p);
  return [
    s.id,
    date,
    precision,
    type,
    sub,
    s.actor,
    s.group,
    c.map((x) => countryName(x)).join("; ") || null,
    p?.admin1 ?? null,
    p?.name ?? null,
    hasCoords(p) ? p.lat : null,
    hasCoords(p) ? p.lon : null,
    geoPrecision(s),
    (s.outlets.length ? s.outlets : [...new Set(s.mentions.map((m) => m.doc))]).join("; "),
    notes(s),
    s.count?.value ?? null,
    s.count?.qualifier ?? null,
    evidence.map((e) => e.text).join(" | "),
  ];
}

export function toAcledCsv(r: Reconciliation, events: EventLookup): string {
  let out = csvLine(ACLED_COLUMNS);
  for (const s of r.stories) out += csvLine(acledRow(s, events));
  return out;
}
