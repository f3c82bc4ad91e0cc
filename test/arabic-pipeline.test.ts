// An Arabic article through processDocument: its language chooses the Arabic
// locale, and its events carry Arabic evidence with offsets into the original
// text, Arabic names as written, and canonical groups and countries.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { textDocument } from "../src/ingest/text.js";
import { processDocument } from "../src/pipeline.js";

function raw(id: string, text: string, published: string | null = null) {
  const doc = textDocument(id, `${id}.txt`, Buffer.from(text), text, []);
  return { ...doc, meta: { ...doc.meta, published, publishedRule: published ? ("manifest" as const) : null } };
}

// Written for this test: a made-up story of a deportation and a release.
const ARTICLE = [
  "تركيا ترحّل 240 لاجئًا سوريًا عبر معبر باب الهوى",
  "",
  "رحّلت السلطات التركية، يوم الثلاثاء، نحو 240 لاجئًا سوريًا إلى الأراضي السورية عبر معبر باب الهوى الحدودي، بحسب إدارة المعبر.",
  "",
  "وقالت إدارة المعبر إن بين المرحّلين نساءً وأطفالًا، وإن عمليات الترحيل تتواصل منذ بداية الشهر.",
  "",
  "وفي سياق آخر، أفرجت السلطات في مدينة إدلب عن 35 معتقلًا بعد وساطة محلية، وفق ما أفادت مصادر في المدينة.",
  "",
  "ولم تُعلّق الحكومة التركية على عمليات الترحيل حتى مساء الثلاثاء.",
].join("\n");

describe("an Arabic article through the pipeline", () => {
  const out = processDocument(raw("ar-deport", ARTICLE, "2025-06-12"));

  it("is read as Arabic and its events extracted", () => {
    expect(out.cleaned.lang).toBe("ar");
    expect(out.events.map((e) => e.type)).toEqual(["repatriation", "release"]);
  });

  it("gives the deportation its figure, date, sides and source, and joins the headline to it", () => {
    const e = out.events[0]!;
    expect(e).toMatchObject({
      status: "occurred",
      date: "2025-06-10",
      count: { value: 240, qualifier: "approx" },
      origin: { country: "TR" },
      destination: { country: "SY" },
    });
    expect(e.subject).toMatch(/لاجئ/);
    expect(e.source).toBe("إدارة المعبر");
    expect(e.evidence.length).toBeGreaterThanOrEqual(2);
  });

  it("gives the release its own figure and place, apart from the deportation", () => {
    const e = out.events[1]!;
    expect(e).toMatchObject({ status: "occurred", count: { value: 35, qualifier: "exact" } });
    expect([e.origin?.name, e.location?.name]).toContain("إدلب");
    expect(e.origin?.country ?? e.location?.country).toBe("SY");
  });

  it("points every evidence sentence at the original Arabic text", () => {
    const text = out.cleaned.cleanText;
    for (const e of out.events) for (const ev of e.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
  });

  it("reads the project's Arabic fixture: a transfer of about 120 detainees from Hasakah to Iraq", () => {
    const text = readFileSync(new URL("./fixtures/lang/ar-transfer.txt", import.meta.url), "utf8");
    const { events } = processDocument(raw("ar-transfer", text, "2026-01-21"));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "transfer",
      date: "2026-01-19",
      count: { value: 120, qualifier: "approx" },
      origin: { country: "SY" },
      destination: { country: "IQ" },
    });
  });

  it("stores a text in another language without events", () => {
    const text = readFileSync(new URL("./fixtures/lang/fr-transfer.txt", import.meta.url), "utf8");
    const r = processDocument(raw("fr-transfer", text));
    expect(r.cleaned.lang).toBe("fr");
    expect(r.events).toEqual([]);
  });
});
