// Stories, series and conflicts as tables and CSV rows for people and
// spreadsheets (the CLI prints these; JSON is the objects themselves).

import { storyEvidence, type EventLookup } from "../reconcile/story-places.js";
import { formatCount } from "../reconcile/util.js";
import { figureBounds, storyFigures } from "./figures.js";
import type { Conflict, Series, Story } from "../types.js";
import { csvLine } from "./csv.js";
import { formatTable } from "./table.js";

function where(s: Story): string {
  const p = (x: Story["origin"]) => (x ? `${x.name}${x.country ? ` (${Array.isArray(x.country) ? x.country.join("/") : x.country})` : ""}` : "?");
  if (s.origin || s.destination) return `${p(s.origin)} → ${p(s.destination)}`;
  return s.location ? p(s.location) : "";
}

export function storiesTable(stories: Story[]): string {
  const headers = ["id", "type", "status", "date", "count", "kind", "group", "where", "docs", "outlets", "sources"];
  const rows = stories.map((s) => [
    s.id,
    s.type,
    s.status,
    s.date ?? "",
    s.count ? formatCount(s.count) : "",
    s.countKind ?? "",
    s.group ?? "",
    where(s),
    new Set(s.mentions.map((m) => m.doc)).size,
    s.outlets.join("; "),
    s.sources.join("; "),
  ]);
  return formatTable(headers, rows, { maxColumn: 30, widths: { where: 36, outlets: 30, sources: 30 } });
}

export const STORY_CSV_COLUMNS = [
  "id",
  "type",
  "status",
  "date",
  "count_value",
  "count_qualifier",
  "low",
  "best",
  "high",
  "count_kind",
  "subject",
  "group",
  "actor",
  "origin_name",
  "origin_country",
  "destination_name",
  "destination_country",
  "location_name",
  "location_country",
  "docs",
  "outlets",
  "sources",
  "event_ids",
  "event_uids",
] as const;

const cc = (p: Story["origin"]) => (p?.country == null ? null : Array.isArray(p.country) ? p.country.join(";") : p.country);

/** Stories as CSV; with their records, the low/best/high figures also read ranges in the evidence. */
export function storiesCsv(stories: Story[], events: EventLookup = []): string {
  let out = csvLine(STORY_CSV_COLUMNS);
  for (const s of stories) {
    const f = storyFigures(
      s,
      storyEvidence(s, events).map((e) => e.text),
    );
    out += csvLine([
      s.id,
      s.type,
      s.status,
      s.date,
      s.count?.value ?? null,
      s.count?.qualifier ?? null,
      f.low,
      f.best,
      f.high,
      s.countKind,
      s.subject,
      s.group,
      s.actor,
      s.origin?.name ?? null,
      cc(s.origin),
      s.destination?.name ?? null,
      cc(s.destination),
      s.location?.name ?? null,
      cc(s.location),
      [...new Set(s.mentions.map((m) => m.doc))].join(";"),
      s.outlets.join(";"),
      s.sources.join(";"),
      s.mentions.map((m) => m.eventId).join(";"),
      s.mentions.map((m) => m.eventUid ?? "").join(";"),
    ]);
  }
  return out;
}

export function seriesTable(series: Series[]): string {
  const blocks = series.map((se) => {
    const head = `${se.label}  [${se.id}]`;
    const rows = [
      ...se.points.map((p) => [p.date ?? "(undated)", formatCount(p), p.role ?? p.kind, p.storyId, p.docs.join("; "), p.sources.join("; ")]),
      ...se.planned.map((p) => [p.date ?? "", formatCount(p), "planned", p.storyId, p.docs.join("; "), p.sources.join("; ")]),
    ];
    return `${head}\n${formatTable(["as of", "figure", "kind", "story", "docs", "sources"], rows, { maxColumn: 40 })}`;
  });
  return blocks.join("\n");
}

export const SERIES_CSV_COLUMNS = [
  "series_id",
  "label",
  "type",
  "group",
  "origin_country",
  "destination_country",
  "location_country",
  "kind",
  "date",
  "value",
  "qualifier",
  "low",
  "best",
  "high",
  "story_id",
  "docs",
  "sources",
] as const;

export function seriesCsv(series: Series[]): string {
  let out = csvLine(SERIES_CSV_COLUMNS);
  for (const se of series)
    for (const [p, kind] of [...se.points.map((p) => [p, p.role ?? p.kind] as const), ...se.planned.map((p) => [p, "planned"] as const)])
      out += csvLine([
        se.id,
        se.label,
        se.type,
        se.group,
        se.originCountry,
        se.destinationCountry,
        se.locationCountry,
        kind,
        p.date,
        p.value,
        p.qualifier,
        ...(({ low, best, high }) => [low, best, high])(figureBounds(p)),
        p.storyId,
        p.docs.join(";"),
        p.sources.join(";"),
      ]);
  return out;
}

export function conflictsTable(conflicts: Conflict[]): string {
  return conflicts
    .map((c) => {
      const sides = c.sides.map(
        (s, i) =>
          `  ${String.fromCharCode(65 + i)}. ${s.claim}\n     story ${s.storyId}; docs ${s.docs.join(", ")}${s.outlets.length ? `; outlets ${s.outlets.join(", ")}` : ""}${s.sources.length ? `; sources ${s.sources.join(", ")}` : ""}`,
      );
      return `${c.id}  ${c.kind}\n  ${c.description}\n${sides.join("\n")}\n`;
    })
    .join("\n");
}

export const CONFLICT_CSV_COLUMNS = [
  "conflict_id",
  "kind",
  "description",
  "series_id",
  "side",
  "story_id",
  "claim",
  "docs",
  "outlets",
  "sources",
  "event_ids",
] as const;

export function conflictsCsv(conflicts: Conflict[]): string {
  let out = csvLine(CONFLICT_CSV_COLUMNS);
  for (const c of conflicts)
    c.sides.forEach((s, i) => {
      out += csvLine([
        c.id,
        c.kind,
        c.description,
        c.seriesId,
        String.fromCharCode(65 + i),
        s.storyId,
        s.claim,
        s.docs.join(";"),
        s.outlets.join(";"),
        s.sources.join(";"),
        s.eventIds.join(";"),
      ]);
    });
  return out;
}
