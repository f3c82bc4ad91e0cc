// Facilities for people and programs: the JSON of `sourced facilities` and
// GET /api/facilities (population points with their low/best/high figures),
// a table, GeoJSON points, and the text of `sourced facility ID`.

import type { Facility, FacilityPopulationPoint } from "../types.js";
import { figureBounds } from "./figures.js";
import { formatTable } from "./table.js";

/**
 * A population point's low, best and high over what its reports state
 * (figures.ts for each claim): low is the smallest any report gives, high the
 * largest, best the figure most reports give (the first stated on a tie).
 */
export function populationFigures(p: FacilityPopulationPoint): FacilityPopulationPoint {
  let low: number | null = null;
  let high: number | null = null;
  let highOpen = false;
  const votes = new Map<number, number>();
  for (const c of p.claims) {
    const f = figureBounds({ value: c.value, qualifier: c.qualifier }, [c.source.evidence.text]);
    if (f.best != null) votes.set(f.best, (votes.get(f.best) ?? 0) + 1);
    const lo = f.low ?? f.best;
    if (lo != null && (low == null || lo < low)) low = lo;
    if (f.high == null) highOpen = true;
    else if (high == null || f.high > high) high = f.high;
  }
  const best = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  if (highOpen && p.claims.length === 1) high = null;
  if (best != null && high != null && high < best) high = best;
  if (best != null && low != null && low > best) low = best;
  return { ...p, low, best, high };
}

/** A facility as `sourced facilities --format json` and the API give it. */
export function facilityJson(f: Facility): Facility {
  return { ...f, population: f.population.map(populationFigures) };
}

/** Who holds it by the last interval, and since when. */
export function currentControl(f: Facility): string {
  const last = f.control[f.control.length - 1];
  if (!last) return "";
  return `${last.controller}${last.from ? ` since ${last.from}${last.inferred ? "?" : ""}` : ""}`;
}

export function facilitiesTable(fs: Facility[]): string {
  const rows = fs.map((f) => {
    const pop = f.population.map(populationFigures).filter((p) => p.best != null);
    const last = pop[pop.length - 1];
    return [
      f.id,
      f.name,
      f.kind.replace("_", " "),
      f.country ?? "",
      f.control.map((c) => c.controller).join(" → "),
      currentControl(f),
      last ? `${last.best}${last.date ? ` (${last.date})` : ""}` : "",
      f.events.length,
      f.origin,
    ];
  });
  return formatTable(["id", "name", "kind", "country", "control", "now", "holds", "events", "origin"], rows, { maxColumn: 40 });
}

/** One Point feature per facility with coordinates; the others are left out. */
export function facilitiesGeoJson(fs: Facility[]): { type: "FeatureCollection"; features: unknown[] } {
  return {
    type: "FeatureCollection",
    features: fs
      .filter((f) => f.lat != null && f.lon != null)
      .map((f) => ({
        type: "Feature",
        id: f.id,
        geometry: { type: "Point", coordinates: [f.lon, f.lat] },
        properties: {
          id: f.id,
          name: f.name,
          kind: f.kind,
          country: f.country,
          admin1: f.admin1,
          precision: f.precision,
          controller: f.control[f.control.length - 1]?.controller ?? null,
          control: f.control.map(({ controller, from, to, inferred }) => ({ controller, from, to, inferred })),
          events: f.events.length,
        },
      })),
  };
}

const quote = (t: string) => (t.length > 200 ? `${t.slice(0, 197)}...` : t);

/** The text of `sourced facility ID`: who held it, how many it held, what moved, and why. */
export function facilityDetail(f: Facility): string {
  const lines: string[] = [];
  lines.push(`${f.id}: ${f.name} (${f.kind.replace("_", " ")}, ${[f.town, f.admin1, f.country].filter(Boolean).join(", ")})`);
  if (f.lat != null) lines.push(`  at ${f.lat}, ${f.lon}${f.precision ? ` (${f.precision})` : ""}`);
  lines.push(`  ${f.origin}${f.source ? `: ${f.source}` : ""}`);
  if (f.aliases.length > 1) lines.push(`  also: ${f.aliases.filter((a) => a !== f.name).join("; ")}`);
  lines.push("", "Control:");
  if (!f.control.length) lines.push("  (no report says who holds it)");
  for (const c of f.control) {
    lines.push(
      `  ${c.controller}: ${c.from ?? "?"} → ${c.to ?? (c === f.control[f.control.length - 1] ? "now" : "?")}${c.inferred ? " (dates inferred)" : ""}`,
    );
    for (const s of c.sources) lines.push(`    [${s.doc}${s.outlet ? `, ${s.outlet}` : ""}] "${quote(s.evidence.text)}"`);
  }
  for (const k of f.controlConflicts)
    lines.push(
      `  conflict${k.date ? ` as of ${k.date}` : ""}: ${k.sides.map((s) => `${s.controller} (${s.sources.map((x) => x.doc).join(", ")})`).join(" vs ")}`,
    );
  if (f.population.length) {
    lines.push("", "Holds:");
    for (const p of f.population.map(populationFigures))
      lines.push(
        `  ${p.date ?? "undated"}${p.inferred ? "?" : ""}: low ${p.low ?? "-"}, best ${p.best ?? "-"}, high ${p.high ?? "-"} (${p.claims.map((c) => c.source.doc).join(", ")})`,
      );
  }
  lines.push("", "Events:");
  for (const e of f.events)
    lines.push(
      `  ${e.eventId} ${e.type} (${e.role}) ${e.date ?? "undated"}${e.count?.value != null ? ` ${e.count.value}` : ""} [${e.doc}] "${quote(e.evidence.text)}"`,
    );
  lines.push("", "Why:");
  for (const l of f.explanation) lines.push(`  ${l}`);
  return `${lines.join("\n")}\n`;
}
