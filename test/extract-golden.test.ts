// Replays every test/fixtures/extract-<behaviour>/ article through annotate +
// extract and compares the meaningful fields of each record (type, status,
// date, count, countries, count kind, evidence count) with expected-events.json.
// The debug trace is printed when a fixture fails.

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { annotate } from "../src/annotate/index.js";
import { createContext } from "../src/context.js";
import { extractEvents } from "../src/extract/index.js";
import type { ExtractedEvent, Place } from "../src/types.js";

const root = join(__dirname, "fixtures");
const fixtures = readdirSync(root).filter((d) => d.startsWith("extract-") && existsSync(join(root, d, "expected-events.json")));

interface Expected {
  type: string;
  status: string;
  date?: string | null;
  dateImplied?: boolean;
  countKind?: string | null;
  count: { value: number | null; qualifier: string } | null;
  countries?: { origin?: string[]; destination?: string[]; location?: string[] };
  evidence?: number;
}

const countries = (p: Place | null) => (p?.country == null ? [] : ([] as string[]).concat(p.country).sort());

function view(e: ExtractedEvent, x: Expected) {
  const out: Record<string, unknown> = { type: e.type, status: e.status, count: e.count };
  if ("date" in x) out.date = e.date;
  if ("dateImplied" in x) out.dateImplied = e.dateImplied;
  if ("countKind" in x) out.countKind = e.countKind;
  if (x.countries) out.countries = Object.fromEntries(Object.keys(x.countries).map((k) => [k, countries(e[k as "origin"])]));
  if ("evidence" in x) out.evidence = e.evidence.length;
  return out;
}

function norm(x: Expected) {
  const out: Record<string, unknown> = { ...x };
  if (x.countries) out.countries = Object.fromEntries(Object.entries(x.countries).map(([k, v]) => [k, [...v].sort()]));
  return out;
}

describe("extract golden fixtures", () => {
  it("has fixtures", () => expect(fixtures.length).toBeGreaterThanOrEqual(6));
  for (const name of fixtures) {
    it(name, () => {
      const dir = join(root, name);
      const text = readFileSync(join(dir, "source.txt"), "utf8");
      const meta = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8")) as { published: string | null };
      const expected = JSON.parse(readFileSync(join(dir, "expected-events.json"), "utf8")) as Expected[];
      const ctx = createContext({ docId: name, published: meta.published, debug: true });
      const events = extractEvents(annotate(text, ctx), ctx);
      for (const e of events) for (const ev of e.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
      const got = events.map((e, i) => view(e, expected[i] ?? ({} as Expected)));
      try {
        expect(got).toEqual(expected.map(norm));
      } catch (err) {
        console.log(ctx.trace.join("\n"));
        throw err;
      }
    });
  }
});
