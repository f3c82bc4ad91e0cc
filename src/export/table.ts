// Aligned plain-text tables for people: columns padded to the widest cell,
// long cells cut with an ellipsis, control characters shown as spaces.

import type { EventRecord, Place } from "../types.js";

export interface TableOptions {
  /** Widest a column may be (characters). */
  maxColumn?: number;
  /** Per-column limits, by header. */
  widths?: Record<string, number>;
  /** Widest a whole line may be (e.g. the terminal's width); the widest columns give way first. */
  maxWidth?: number;
}

/** Narrowest a column is squeezed to when fitting a line width. */
const MIN_COLUMN = 6;

function clean(value: unknown): string {
  if (value === null || value === undefined) return "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
  return String(value).replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ");
}

export function truncate(s: string, width: number): string {
  const chars = Array.from(s);
  if (chars.length <= width) return s;
  if (width <= 1) return chars.slice(0, width).join("");
  return `${chars.slice(0, width - 1).join("")}…`;
}

function pad(s: string, width: number, right: boolean): string {
  const n = Array.from(s).length;
  const fill = " ".repeat(Math.max(0, width - n));
  return right ? fill + s : s + fill;
}

/** Formats rows under headers; numeric columns are right-aligned. */
export function formatTable(headers: readonly string[], rows: readonly (readonly unknown[])[], opts: TableOptions = {}): string {
  const maxColumn = opts.maxColumn ?? 40;
  const cells = rows.map((r) => headers.map((h, i) => truncate(clean(r[i]), opts.widths?.[h] ?? maxColumn)));
  let widths = headers.map((h, i) => cells.reduce((w, r) => Math.max(w, Array.from(r[i]!).length), Array.from(h).length));
  if (opts.maxWidth !== undefined) {
    const fitted = fit(widths, opts.maxWidth);
    if (fitted.some((w, i) => w < widths[i]!)) {
      for (const r of cells)
        r.forEach((c, i) => {
          r[i] = truncate(c, fitted[i]!);
        });
      headers = headers.map((h, i) => truncate(h, fitted[i]!));
      widths = fitted;
    }
  }
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => r[i] === null || r[i] === undefined || typeof r[i] === "number"));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => pad(c, widths[i]!, numeric[i]!))
      .join("  ")
      .trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n") + "\n";
}

/** Narrows the widest columns until the line (with two-space gaps) fits. */
function fit(widths: number[], maxWidth: number): number[] {
  const w = [...widths];
  const total = () => w.reduce((a, b) => a + b, 0) + 2 * (w.length - 1);
  while (total() > maxWidth) {
    let widest = 0;
    for (let i = 1; i < w.length; i++) if (w[i]! > w[widest]!) widest = i;
    if (w[widest]! <= MIN_COLUMN) break;
    w[widest]!--;
  }
  return w;
}

function placeText(p: Place | null): string {
  if (!p) return "";
  const c = p.country == null ? "" : Array.isArray(p.country) ? p.country.join("/") : p.country;
  return c ? `${p.name} (${c})` : p.name;
}

function whereText(r: EventRecord): string {
  if (r.origin || r.destination) return `${placeText(r.origin) || "?"} → ${placeText(r.destination) || "?"}`;
  return placeText(r.location);
}

function countText(r: EventRecord): string {
  if (!r.count) return "";
  const sign = { exact: "", approx: "~", at_least: "≥", at_most: "≤", vague: "vague " }[r.count.qualifier];
  return `${sign}${r.count.value ?? "?"}`;
}

/** Events as a table: one row an event. */
export function eventsTable(records: readonly EventRecord[], opts: TableOptions = {}): string {
  const headers = ["doc", "type", "status", "date", "count", "subject", "group", "where", "source", "evidence"];
  const rows = records.map((r) => [r.doc, r.type, r.status, r.date ?? "", countText(r), r.subject, r.group, whereText(r), r.source, r.evidence[0]?.text ?? ""]);
  return formatTable(headers, rows, { maxColumn: 28, widths: { evidence: 50, doc: 32, where: 40 }, ...opts });
}
