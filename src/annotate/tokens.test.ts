import { describe, expect, it } from "vitest";
import { tokenize, tokenizeSentence, Tokenizer } from "./tokens.js";
import { SentenceSplitter } from "./sentences.js";
import { createContext } from "../context.js";
import type { Annotations } from "./types.js";

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe("tokenize", () => {
  it("keeps numbers with separators and decimals whole", () => {
    const toks = tokenize("Nearly 1,500 men and 5.7 thousand women left at 9:53.");
    expect(toks.map((t) => t.text)).toEqual(["Nearly", "1,500", "men", "and", "5.7", "thousand", "women", "left", "at", "9:53", "."]);
    expect(toks[1].kind).toBe("number");
    expect(toks[4].kind).toBe("number");
    expect(toks[10].kind).toBe("punct");
  });

  it("keeps hyphenated words, dotted acronyms and abbreviations as one token", () => {
    expect(texts("The U.S.-led coalition left al-Hol and Deir ez-Zor; Iran-backed units, Gen. Ray and 25-year-old men.")).toEqual([
      "The",
      "U.S.-led",
      "coalition",
      "left",
      "al-Hol",
      "and",
      "Deir",
      "ez-Zor",
      ";",
      "Iran-backed",
      "units",
      ",",
      "Gen.",
      "Ray",
      "and",
      "25-year-old",
      "men",
      ".",
    ]);
  });

  it("splits possessives and negations off", () => {
    const toks = tokenize("Iraq’s guards don't sleep.");
    expect(toks.map((t) => t.text)).toEqual(["Iraq", "’s", "guards", "do", "n't", "sleep", "."]);
    expect(toks[4].lemma).toBe("not");
  });

  it("fills lower, lemma and capitalized, with offsets into the text", () => {
    const text = "Intro. Guards Moved the prisoners.";
    const toks = tokenize(text, 7, text.length);
    expect(toks.map((t) => [t.text, t.lower, t.lemma, t.capitalized])).toEqual([
      ["Guards", "guards", "guard", true],
      ["Moved", "moved", "move", true],
      ["the", "the", "the", false],
      ["prisoners", "prisoners", "prisoner", false],
      [".", ".", ".", false],
    ]);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("keeps an initial's period but not a sentence-final one", () => {
    expect(texts("Ask J. Doe.")).toEqual(["Ask", "J.", "Doe", "."]);
    expect(texts("They met in Feb.")).toEqual(["They", "met", "in", "Feb", "."]);
  });

  it("runs per sentence as an annotator", () => {
    const ctx = createContext({ docId: "t", published: null });
    const doc: Annotations = {
      text: "Guards fled. Inmates escaped.",
      published: null,
      sentences: [],
      tokens: [],
      counts: [],
      dates: [],
      places: [],
      actors: [],
      attributions: [],
    };
    new SentenceSplitter().annotate(doc, ctx);
    new Tokenizer().annotate(doc, ctx);
    expect(doc.tokens.map((ts) => ts.map((t) => t.lemma))).toEqual([
      ["guard", "flee", "."],
      ["inmate", "escape", "."],
    ]);
  });
});

describe("tokenizeSentence", () => {
  const sent = (text: string, isHeadline = false) => ({ index: 0, start: 0, end: text.length, text, isHeadline, paragraph: 0 });
  it("keeps names in prose but reduces plural demonyms", () => {
    const text = "Reporters said Syrians and Kurds were held by the Democratic Forces, a source told Reuters.";
    const lemmas = Object.fromEntries(tokenizeSentence(text, sent(text)).map((t) => [t.text, t.lemma]));
    expect(lemmas).toMatchObject({ Reporters: "reporter", Syrians: "syrian", Kurds: "kurd", Forces: "forces", Reuters: "reuters", held: "hold" });
  });

  it("lemmatizes every word of a headline or a title-case line", () => {
    const text = "Iraq Receives Hundreds of Detainees";
    expect(tokenizeSentence(text, sent(text, true)).map((t) => t.lemma)).toEqual(["iraq", "receive", "hundred", "of", "detainee"]);
    expect(tokenizeSentence(text, sent(text, false)).map((t) => t.lemma)).toEqual(["iraq", "receive", "hundred", "of", "detainee"]);
  });
});
