import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ARTICLES } from "../../test/cli/helpers.js";
import { detectLanguage, extractsLanguage } from "./language.js";

const ROOT = resolve(__dirname, "../..");

describe("detectLanguage", () => {
  it("reads Arabic as ar", () => {
    expect(detectLanguage(readFileSync(join(ROOT, "test/fixtures/lang/ar-transfer.txt"), "utf8"))).toBe("ar");
  });

  it("reads short English news full of names as en", () => {
    for (const text of Object.values(ARTICLES)) expect(detectLanguage(text), text).toBe("en");
    expect(detectLanguage("QAMISHLI — SDF forces moved 150 ISIS detainees from al-Hol to Ghweran prison in Hasakah, the SOHR said.")).toBe("en");
  });

  it("reads every example article as en", () => {
    const dir = join(ROOT, "examples/corpus");
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(join(dir, f), "utf8"));
    expect(texts.length).toBeGreaterThan(5);
    for (const t of texts) expect(detectLanguage(t)).toBe("en");
  });

  it("names other languages in two letters", () => {
    expect(
      detectLanguage(
        "Les autorités ont transféré lundi cent vingt détenus d'une prison de Hassaké vers l'Irak, selon deux responsables locaux qui ont parlé d'un deuxième transfert ce mois-ci.",
      ),
    ).toBe("fr");
    expect(
      detectLanguage(
        "Las autoridades trasladaron el lunes a ciento veinte detenidos de una prisión de Hasaka a Irak, según dos funcionarios locales, que hablaron del segundo traslado de este mes.",
      ),
    ).toBe("es");
  });

  it("reads words only: a long run of one letter after an English article does not make it Spanish", () => {
    expect(detectLanguage(`${ARTICLES.transfer}${"y".repeat(50_000)}\n`)).toBe("en");
    expect(detectLanguage(`${ARTICLES.transfer}${"y ".repeat(50)}\n`)).toBe("en");
  });

  it("does not guess from too little text", () => {
    expect(detectLanguage("Police arrested 12 men.")).toBeNull();
    expect(detectLanguage("12 345 678 — 2025-03-04")).toBeNull();
  });
});

it("extraction reads English, Arabic and documents whose language is not known", () => {
  expect(extractsLanguage("en")).toBe(true);
  expect(extractsLanguage(null)).toBe(true);
  expect(extractsLanguage(undefined)).toBe(true);
  expect(extractsLanguage("ar")).toBe(true);
  expect(extractsLanguage("fr")).toBe(false);
});
