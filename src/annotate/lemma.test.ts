import { describe, expect, it } from "vitest";
import { lemmatize } from "./lemma.js";

const CASES: Record<string, string> = {
  moved: "move",
  moving: "move",
  moves: "move",
  transferred: "transfer",
  transferring: "transfer",
  freed: "free",
  fled: "flee",
  fleeing: "flee",
  seized: "seize",
  seizing: "seize",
  took: "take",
  taken: "take",
  brought: "bring",
  held: "hold",
  holding: "hold",
  handed: "hand",
  escaped: "escape",
  escaping: "escape",
  prisoners: "prisoner",
  detainees: "detainee",
  militias: "militia",
  releases: "release",
  released: "release",
  captured: "capture",
  is: "be",
  was: "be",
  were: "be",
  been: "be",
  killed: "kill",
  killing: "kill",
  controlled: "control",
  patrolling: "patrol",
  repatriated: "repatriate",
  evacuated: "evacuate",
  relocated: "relocate",
  executed: "execute",
  besieged: "besiege",
  exchanged: "exchange",
  kidnapped: "kidnap",
  swapped: "swap",
  sentenced: "sentence",
  charged: "charge",
  injured: "injure",
  wounded: "wound",
  housed: "house",
  used: "use",
  focused: "focus",
  voting: "vote",
  raiding: "raid",
  opening: "open",
  visiting: "visit",
  targeted: "target",
  required: "require",
  countries: "country",
  buses: "bus",
  causes: "cause",
  forces: "force",
  militiamen: "militiaman",
  gunmen: "gunman",
  children: "child",
  women: "woman",
  emptied: "empty",
  carrying: "carry",
  dying: "die",
  massacred: "massacre",
  handled: "handle",
  announced: "announce",
  continued: "continue",
  detained: "detain",
  imprisoned: "imprison",
  admitted: "admit",
  occurred: "occur",
  shelled: "shell",
  stormed: "storm",
  deported: "deport",
  arrested: "arrest",
  added: "add",
  stated: "state",
  crises: "crisis",
  watches: "watch",
  extradited: "extradite",
  trying: "try",
  bussed: "bus",
  remains: "remain",
  ferried: "ferry",
  recaptured: "recapture",
  described: "describe",
  quoted: "quote",
  scheduled: "schedule",
  renamed: "rename",
  rebuilt: "rebuild",
  retook: "retake",
  iraqis: "iraqi",
  bases: "base",
};

describe("lemmatize", () => {
  it("reduces verb and noun inflections to their base", () => {
    const got = Object.fromEntries(Object.keys(CASES).map((w) => [w, lemmatize(w)]));
    expect(got).toEqual(CASES);
  });

  it("leaves base forms, acronyms and look-alike words alone", () => {
    for (const w of [
      "during",
      "according",
      "would",
      "could",
      "might",
      "bring",
      "thing",
      "hundred",
      "need",
      "news",
      "series",
      "status",
      "this",
      "Hamas",
      "Homs",
      "ISIS",
      "SDF",
      "red",
      "focus",
    ]) {
      expect(lemmatize(w)).toBe(w.toLowerCase());
    }
  });

  it("lower-cases title-case words before reducing them", () => {
    expect(lemmatize("Receives")).toBe("receive");
    expect(lemmatize("Fighters")).toBe("fighter");
  });

  it("reduces the last part of a hyphenated word", () => {
    expect(lemmatize("re-captured")).toBe("re-capture");
  });
});
