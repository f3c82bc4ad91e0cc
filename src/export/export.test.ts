import { describe, expect, it } from "vitest";
import type { ExtractedEvent } from "../types.js";
import {
  CSV_BOM,
  CSV_COLUMNS,
  checkRecord,
  csvField,
  eventsTable,
  formatRecords,
  formatTable,
  RECORD_FIELDS,
  toCsv,
  toJsonl,
  toRecord,
  truncate,
} from "./index.js";

function extracted(over: Partial<ExtractedEvent> = {}): ExtractedEvent {
  return {
    doc: "wire_1",
    type: "exchange",
    status: "occurred",
    date: "2025-06-02",
    count: { value: 84, qualifier: "exact" },
    subject: "prisoners of war",
    group: null,
    actor: "the two defence ministries",
    origin: { name: "Russia", country: ["RU", "UA"] },
    destination: { name: "Ukraine", country: ["RU", "UA"] },
    location: null,
    source: "a ministry statement",
    evidence: [{ text: 'Each side handed over 84 captives, "a first step", the ministry said.', start: 10, end: 79 }],
    confidence: 0.9,
    tags: ["detector/exchange"],
    dateImplied: false,
    countKind: "one_off",
    geo: { origin: { name: "Russia", country: "RU", lat: 55.7, lon: 37.6 }, destination: null, location: null },
    ...over,
  };
}

/** A small RFC 4180 reader, to check what the writer produces. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 2;
    } else if (c === '"') {
      quoted = !quoted;
      i++;
    } else if (!quoted && c === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else {
      field += c;
      i++;
    }
  }
  return rows;
}

describe("toRecord", () => {
  it("keeps exactly the fields of the format, in order", () => {
    const r = toRecord({ ...extracted(), id: "17", docVersion: 2 } as ExtractedEvent);
    expect(Object.keys(r)).toEqual(RECORD_FIELDS);
    expect(RECORD_FIELDS).toEqual([
      "doc",
      "type",
      "status",
      "date",
      "count",
      "subject",
      "group",
      "actor",
      "origin",
      "destination",
      "location",
      "source",
      "evidence",
    ]);
    expect(r).not.toHaveProperty("confidence");
    expect(r.origin).toEqual({ name: "Russia", country: ["RU", "UA"] });
  });

  it("strips extra fields inside places and evidence", () => {
    const e = extracted({
      location: { name: "Gomel", country: "BY", lat: 52.4, lon: 31 } as ExtractedEvent["location"],
      evidence: [{ text: "A sentence.", start: 0, end: 11, score: 3 } as unknown as ExtractedEvent["evidence"][0]],
    });
    const r = toRecord(e);
    expect(r.location).toEqual({ name: "Gomel", country: "BY" });
    expect(r.evidence).toEqual([{ text: "A sentence.", start: 0, end: 11 }]);
  });

  it("accepts partial dates and intervals", () => {
    for (const date of ["2025", "2025-06", "2025-06-02", "2025-05-28/2025-06-02", "2024/2025-01", null]) {
      expect(toRecord(extracted({ date })).date).toBe(date);
    }
  });

  it("rejects records outside the format with a one-line reason", () => {
    const bad: [Partial<ExtractedEvent>, RegExp][] = [
      [{ date: "June 2025" }, /date/],
      [{ date: "2025-13-01" }, /date/],
      [{ type: "kidnap" as ExtractedEvent["type"] }, /type/],
      [{ origin: { name: "Kyiv", country: "Ukraine" } }, /origin\.country/],
      [{ count: { value: 3, qualifier: "roughly" as "approx" } }, /count\.qualifier/],
      [{ evidence: [{ text: "x", start: 9, end: 3 }] }, /evidence/],
    ];
    for (const [over, re] of bad) {
      const r = checkRecord(extracted(over));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.problem).toMatch(re);
        expect(r.problem).not.toContain("\n");
      }
      expect(() => toRecord(extracted(over))).toThrow(re);
    }
  });
});

describe("jsonl", () => {
  it("writes one parseable record a line", () => {
    const records = [toRecord(extracted()), toRecord(extracted({ type: "release", count: null }))];
    const out = toJsonl(records);
    const lines = out.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    expect(lines.slice(0, 2).map((l) => JSON.parse(l))).toEqual(records);
    expect(toJsonl([])).toBe("");
  });
});

describe("csv", () => {
  it("quotes per RFC 4180 and flattens nested fields", () => {
    const r = toRecord(
      extracted({
        subject: "men, women\nand children",
        evidence: [
          { text: 'He said "enough".', start: 0, end: 17 },
          { text: "Second one.", start: 18, end: 29 },
        ],
      }),
    );
    const text = toCsv([r]);
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(row).toMatchObject({
      doc: "wire_1",
      count_value: "84",
      count_qualifier: "exact",
      subject: "men, women\nand children",
      origin_name: "Russia",
      origin_country: "RU;UA",
      location_name: "",
      location_country: "",
      evidence: 'He said "enough". | Second one.',
      evidence_offsets: "0-17;18-29",
    });
    expect(rows).toHaveLength(2);
  });
});

describe("csv for spreadsheets", () => {
  it("neutralises cells a spreadsheet would read as a formula, and leaves numbers and plain text alone", () => {
    expect(csvField('=HYPERLINK("http://x.example","click")')).toBe(`"'=HYPERLINK(""http://x.example"",""click"")"`);
    expect(csvField("+1-2")).toBe("'+1-2");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("@SUM(A1:A9)")).toBe("'@SUM(A1:A9)");
    expect(csvField("\t=1")).toBe("'\t=1");
    expect(csvField("\r=1")).toBe(`"'\r=1"`);
    expect(csvField(-5)).toBe("-5");
    expect(csvField(84)).toBe("84");
    expect(csvField("a = b, c")).toBe('"a = b, c"');
    expect(csvField("2025-03-04")).toBe("2025-03-04");

    const r = toRecord(extracted({ subject: "=cmd|' /C calc'!A0", actor: "@attacker", source: "-officials" }));
    const rows = parseCsv(toCsv([r]));
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(row).toMatchObject({ subject: "'=cmd|' /C calc'!A0", actor: "'@attacker", source: "'-officials" });
  });

  it("puts the stored event's id first, and the byte order mark before the header when asked", () => {
    const r = toRecord(extracted());
    const plain = toCsv([r, r], { ids: ["17", "18"] });
    expect(plain.startsWith("event_id,event_uid,doc,")).toBe(true);
    expect(parseCsv(plain).map((row) => row[0])).toEqual(["event_id", "17", "18"]);
    expect(toCsv([r], { bom: true })).toBe(`${CSV_BOM}${toCsv([r])}`);
    expect(Buffer.from(toCsv([r], { bom: true })).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe("table", () => {
  it("aligns columns and truncates long cells", () => {
    const out = formatTable(
      ["name", "n"],
      [
        ["short", 3],
        ["a much longer name than allowed", 12345],
      ],
      { maxColumn: 10 },
    );
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toBe("name            n");
    expect(lines[1]).toBe("----------  -----");
    expect(lines[2]).toBe("short           3");
    expect(lines[3]).toBe("a much lo…  12345");
  });

  it("fits a line width by narrowing the widest columns first", () => {
    const rows = [["a".repeat(30), "b".repeat(12), "c"]];
    const out = formatTable(["first", "second", "third"], rows, { maxWidth: 40 });
    const lines = out.trimEnd().split("\n");
    for (const l of lines) expect(Array.from(l).length).toBeLessThanOrEqual(40);
    expect(lines[2]).toBe(`${"a".repeat(18)}…  ${"b".repeat(12)}  c`);
    // Wide enough already: unchanged.
    expect(formatTable(["first"], [["x"]], { maxWidth: 80 })).toBe(formatTable(["first"], [["x"]]));
  });

  it("never lets a cell break the layout", () => {
    const out = formatTable(["a", "b"], [["line\nbreak\ttab", "x"]]);
    expect(out.trimEnd().split("\n")).toHaveLength(3);
    expect(truncate("ab", 5)).toBe("ab");
  });

  it("shows events with qualifiers and places", () => {
    const out = eventsTable([toRecord(extracted({ count: { value: 500, qualifier: "at_least" } }))]);
    expect(out).toContain("≥500");
    expect(out).toContain("Russia (RU/UA) → Ukraine (RU/UA)");
    expect(formatRecords([toRecord(extracted())], "table")).toContain("exchange");
  });
});
