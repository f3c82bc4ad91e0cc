// Documents and events for store tests and benchmarks, written for them.

import type { CleanedDocument, ExtractedEvent } from "../types.js";

// Fixture text written for these tests.
export const TEXT_A =
  "Officials said on Monday that forty prisoners were moved from a jail in Raqqa to a prison near Baghdad. The move followed weeks of talks.";
export const TEXT_B = "A court in Erbil sentenced three men on Tuesday, a judge told reporters.";

export function makeDoc(id: string, text: string, extra: Partial<CleanedDocument["meta"]> = {}): CleanedDocument {
  return {
    meta: {
      id,
      title: `Title of ${id}`,
      outlet: "Example Wire",
      url: `https://example.org/${id}`,
      published: "2025-03-04",
      publishedRule: "byline",
      dateline: null,
      origin: `${id}.txt`,
      format: "text",
      warnings: [],
      ...extra,
    },
    raw: Buffer.from(`HEADER\n${text}`, "utf8"),
    text: `HEADER\n${text}`,
    cleanText: text,
    removed: [{ start: 0, end: 7, rule: "boilerplate/header", text: "HEADER\n" }],
  };
}

export function makeEvent(doc: string, over: Partial<ExtractedEvent> = {}): ExtractedEvent {
  return {
    doc,
    type: "transfer",
    status: "occurred",
    date: "2025-03-03",
    count: { value: 40, qualifier: "exact" },
    subject: "prisoners",
    group: "Islamic State",
    actor: "prison authorities",
    origin: { name: "Raqqa", country: "SY" },
    destination: { name: "Baghdad", country: "IQ" },
    location: null,
    source: "officials",
    evidence: [{ text: TEXT_A.slice(0, 103), start: 0, end: 103 }],
    confidence: 0.8,
    tags: ["detector/transfer"],
    dateImplied: true,
    countKind: "one_off",
    geo: { origin: null, destination: null, location: null },
    ...over,
  };
}
