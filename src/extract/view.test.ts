import { describe, expect, it } from "vitest";
import { annotate } from "../annotate/index.js";
import { createContext } from "../context.js";
import { buildViews } from "./view.js";

const infoOf = (text: string) => buildViews(annotate(text, createContext({ docId: "t", published: "2024-11-02" })));

describe("document facts", () => {
  it("takes the story's nationality from plural nationality nouns as well as adjectives", () => {
    const info = infoOf(
      "Border officials counted 3,000 Afghans at the crossing on Friday. More Afghans were expected on Saturday. Officials in Peshawar said the camps were full.",
    );
    expect(info.dominantNationality).toBe("AF");
  });

  it("names no nationality when two are named equally often", () => {
    const info = infoOf("Some 200 Syrians and 200 Iraqis waited at the border. The Syrians left first and the Iraqis followed.");
    expect(info.dominantNationality).toBeNull();
  });
});
