// A long document goes through every stage without overflowing the stack:
// no stage spreads a list that grows with the input into a call's arguments
// (test/lint-no-spread-args.test.ts keeps it so). Before, a document of some
// 150,000 short sentences naming a place failed in the place annotator with
// "Maximum call stack size exceeded".

import { expect, it } from "vitest";
import { annotate } from "../src/annotate/index.js";
import { cleanDocument } from "../src/clean/index.js";
import { createContext } from "../src/context.js";
import { textDocument } from "../src/ingest/text.js";
import { processDocument } from "../src/pipeline.js";

function raw(id: string, text: string) {
  return textDocument(id, `${id}.txt`, Buffer.from(text), text, []);
}

it("cleans and annotates a 7 MB document of 200,000 sentences", () => {
  const text = "Police arrested 12 men in Baghdad. ".repeat(200_000);
  expect(text.length).toBe(7_000_000);
  const cleaned = cleanDocument(raw("long", text));
  const doc = annotate(cleaned.cleanText, createContext({ docId: "long", published: null }));
  expect(doc.sentences.length).toBe(200_000);
  expect(doc.places.length).toBe(200_000);
  expect(doc.counts.length).toBe(200_000);
});

it("runs the whole pipeline over 150,000 sentences that each name a place", () => {
  // Sentences that report no event: extraction walks every sentence but has
  // no candidates to refine (the refiners' cost grows with candidates, apart).
  const text = "The market in Baghdad was busy again. ".repeat(150_000);
  const out = processDocument(raw("market", text));
  expect(out.annotations.places.length).toBe(150_000);
  expect(out.events).toEqual([]);
});
