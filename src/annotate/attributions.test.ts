import { describe, expect, it } from "vitest";
import { createContext } from "../context.js";
import { PlaceExtractor } from "./places.js";
import { ActorExtractor } from "./actors.js";
import { AttributionExtractor } from "./attributions.js";
import type { Annotations, Attribution, Sentence } from "./types.js";

/** Sentences by a plain split on final punctuation: enough for these hand-written texts. */
function split(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.matchAll(/[^.!?]+[.!?]+["”]?\s*/g)) {
    const raw = m[0];
    const start = m.index + (raw.length - raw.trimStart().length);
    const end = m.index + raw.trimEnd().length;
    out.push({ start, end, text: text.slice(start, end), index: out.length, isHeadline: false, paragraph: 0 });
  }
  return out;
}

function attributions(text: string): Attribution[] {
  const doc: Annotations = { text, published: null, sentences: split(text), tokens: [], counts: [], dates: [], places: [], actors: [], attributions: [] };
  const ctx = createContext({ docId: "t", published: null, debug: true });
  new PlaceExtractor().annotate(doc, ctx);
  new ActorExtractor().annotate(doc, ctx);
  new AttributionExtractor().annotate(doc, ctx);
  for (const a of doc.attributions) expect(text.slice(a.start, a.end)).toBe(a.text);
  return doc.attributions;
}
const brief = (as: Attribution[]) => as.map((a) => [a.sentence, a.cue, a.source, a.canonical]);

describe("AttributionExtractor", () => {
  it("reads 'according to X' and canonicalises known actors", () => {
    const as = attributions("About 200 inmates were moved, according to CENTCOM. The move ended late.");
    expect(brief(as)).toEqual([[0, "according to", "CENTCOM", "U.S. Central Command"]]);
  });

  it("takes the subject of a verb of saying, not its object", () => {
    const as = attributions("The SDF told Reuters that two guards were hurt.");
    expect(brief(as)).toEqual([[0, "told", "SDF", "Syrian Democratic Forces"]]);
  });

  it("skips auxiliaries, adverbs and appositions between source and verb", () => {
    const as = attributions(
      "Kurdistan24 has also reported a second convoy. Layla Haddad, a spokeswoman for the Kurdish administration, told reporters the camp was tense.",
    );
    expect(brief(as)).toEqual([
      [0, "reported", "Kurdistan24", "Kurdistan24"],
      [1, "told", "Layla Haddad", "Layla Haddad"],
    ]);
  });

  it("reads the inverted order after a quotation", () => {
    const as = attributions("“We moved them at night,” said a senior Iraqi security official.");
    expect(brief(as)).toEqual([[0, "said", "senior Iraqi security official", "senior Iraqi security official"]]);
  });

  it("resolves pronouns and 'the spokesman' to earlier sources", () => {
    const as = attributions(
      "Omar Saleh, spokesman for the camp administration, said the gates were shut. He added that food was short. The spokesman noted that the count was rising. Human Rights Watch said conditions were dire. They claim hundreds are sick.",
    );
    expect(brief(as)).toEqual([
      [0, "said", "Omar Saleh", "Omar Saleh"],
      [1, "added", "Omar Saleh", "Omar Saleh"],
      [2, "noted", "Omar Saleh", "Omar Saleh"],
      [3, "said", "Human Rights Watch", "Human Rights Watch"],
      [4, "claim", "Human Rights Watch", "Human Rights Watch"],
    ]);
    expect(as[1].tags).toContain("attribution/coref");
  });

  it("reads 'a report by X' and 'X's spokesman said'", () => {
    const as = attributions("A report by the Syrian Observatory estimates 40 escaped. The Pentagon's spokesman said the figure was lower.");
    expect(brief(as)).toEqual([
      [0, "a report by", "Syrian Observatory", "Syrian Observatory for Human Rights"],
      [1, "said", "Pentagon's spokesman", "U.S. military"],
    ]);
  });

  it("gives the person, not the group, for 'Name of the Group said'", () => {
    const as = attributions("Rania Aziz of the YPG said the town was surrounded.");
    expect(brief(as)).toEqual([[0, "said", "Rania Aziz", "Rania Aziz"]]);
  });

  it("keeps an unknown source as written, without its determiner", () => {
    const as = attributions("Forty men fled, according to the Hasakah Prison Monitor.");
    expect(as[0]).toMatchObject({ source: "Hasakah Prison Monitor", canonical: null, cue: "according to" });
  });

  it("finds nothing where no one is quoted", () => {
    expect(attributions("The Islamic State declared a caliphate in 2014. Said Ahmed left the camp. The report was long.")).toEqual([]);
  });
});
