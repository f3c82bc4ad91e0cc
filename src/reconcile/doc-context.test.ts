import { describe, expect, it } from "vitest";
import { contextsApart, contextSimilarity, contextVectors } from "./doc-context.js";

// Twelve short reports of unrelated stories, two of them in Arabic.
const texts = [
  "Rebels opened the gates of Sednaya prison near Damascus and freed hundreds of detainees.",
  "Pakistan deported thousands of Afghan migrants through the Torkham crossing this week.",
  "Gunmen stormed Kuje prison near Abuja and hundreds of inmates escaped overnight.",
  "Russia and Ukraine exchanged prisoners of war after talks mediated by the Emirates.",
  "Turkish police detained Syrian workers in Istanbul before sending them to the border.",
  "Lebanese soldiers raided refugee camps in the Bekaa valley and arrested dozens.",
  "A court in Baghdad sentenced suspects held in Nasiriyah to long prison terms.",
  "Floods cut roads in the delta and farmers lost their harvest to the rising river.",
  "The central bank raised its interest rate for the third time this year.",
  "A new football stadium opened in the capital with a match between rival clubs.",
  "فتحت الفصائل أبواب سجن صيدنايا قرب دمشق وأفرجت عن مئات المعتقلين.",
  "رحّلت السلطات التركية مئات اللاجئين السوريين عبر معبر باب الهوى.",
];
const docs = texts.map((cleanText, i) => ({ id: `d${i}`, cleanText }));

describe("report contexts in two languages", () => {
  const v = contextVectors(docs);
  const get = (i: number) => v.get(`d${i}`)!;

  it("parts two reports of one language that share no story", () => {
    expect(contextsApart(get(7), get(8))).not.toBeNull();
  });

  it("parts no Arabic report from an English one: their words say nothing of their stories", () => {
    expect(contextSimilarity(get(0), get(10))).toBe(0);
    expect(contextsApart(get(0), get(10))).toBeNull();
    expect(contextsApart(get(11), get(4))).toBeNull();
  });
});
