#!/usr/bin/env node
// The real-article corpus: public news pages whose texts are not distributed
// with the project. Their texts live in a git-ignored cache
// (eval/real/cache/texts/<id>.txt); what is committed is the manifest
// (eval/real/manifest.jsonl: id, story, split, lang, url, outlet, published,
// query, chars, sha256) and one gold file per article (eval/real/gold/<id>.json)
// whose evidence is given as character offsets into the cached text plus at
// most its first five words.
//
//   node scripts/real-corpus.mjs check        verify the cache against the manifest
//   node scripts/real-corpus.mjs build        drafts + texts -> gold with offsets, manifest with sha256
//
// `build` reads the annotators' drafts from the cache (eval/real/cache/drafts/<id>.json:
// a gold file whose evidence entries are exact fragments of the text) and their
// manifest lines (eval/real/cache/manifest.d/*.jsonl), and writes the committed files.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const realDir = join(root, "eval", "real");
export const cacheDir = process.env.SOURCED_REAL_CACHE ?? join(realDir, "cache");
const textsDir = join(cacheDir, "texts");
const draftsDir = join(cacheDir, "drafts");
const manifestParts = join(cacheDir, "manifest.d");
const manifestPath = join(realDir, "manifest.jsonl");
const goldDir = join(realDir, "gold");

export const sha256 = (s) => createHash("sha256").update(s, "utf8").digest("hex");

export function readManifest() {
  if (!existsSync(manifestPath)) return [];
  return readFileSync(manifestPath, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** Which manifest entries have a cached text whose sha256 matches. */
export function checkCache(manifest = readManifest()) {
  const ok = [];
  const problems = [];
  for (const m of manifest) {
    const p = join(textsDir, `${m.id}.txt`);
    if (!existsSync(p)) {
      problems.push(`${m.id}: not in the cache`);
      continue;
    }
    const text = readFileSync(p, "utf8");
    if (sha256(text) !== m.sha256) problems.push(`${m.id}: cached text differs from the manifest's sha256`);
    else ok.push({ ...m, text });
  }
  return { ok, problems };
}

const words = (s) => s.split(/\s+/).filter(Boolean);

/** Find an evidence fragment in the text: exact, then with white space and quotes folded. */
export function locate(text, fragment) {
  const i = text.indexOf(fragment);
  if (i >= 0) return { start: i, end: i + fragment.length };
  const fold = (c) => (/[\u2018\u2019\u02bc`]/.test(c) ? "'" : /[\u201c\u201d]/.test(c) ? '"' : /[\u2010-\u2015]/.test(c) ? "-" : c.toLowerCase());
  // build a folded text with a map back to offsets, white space runs collapsed
  const map = [];
  let folded = "";
  let prevSpace = false;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (/\s/.test(c)) {
      if (prevSpace) continue;
      prevSpace = true;
      folded += " ";
      map.push(k);
      continue;
    }
    prevSpace = false;
    folded += fold(c);
    map.push(k);
  }
  const f = words(fragment).join(" ").split("").map(fold).join("");
  const j = folded.indexOf(f);
  if (j < 0) return null;
  return { start: map[j], end: map[j + f.length - 1] + 1 };
}

/** The gold with evidence offsets turned back into text fragments, as the scorer reads it. */
export function materializeGold(gold, text) {
  return {
    ...gold,
    events: gold.events.map((e) => ({
      ...e,
      evidence: (e.evidence ?? []).map((ev) => (typeof ev === "string" ? ev : text.slice(ev.start, ev.end))),
    })),
  };
}

function build() {
  const lines = new Map(readManifest().map((m) => [m.id, m]));
  if (existsSync(manifestParts)) {
    for (const f of readdirSync(manifestParts)
      .filter((n) => n.endsWith(".jsonl"))
      .sort()) {
      readFileSync(join(manifestParts, f), "utf8")
        .split("\n")
        .filter((l) => l.trim())
        .forEach((l, n) => {
          let m;
          try {
            m = JSON.parse(l);
          } catch {
            console.error(`real-corpus: ${f}:${n + 1}: not JSON`);
            return;
          }
          lines.set(m.id, { ...lines.get(m.id), ...m });
        });
    }
  }
  mkdirSync(goldDir, { recursive: true });
  let problems = 0;
  let written = 0;
  for (const m of lines.values()) {
    const tp = join(textsDir, `${m.id}.txt`);
    if (!existsSync(tp)) {
      console.error(`real-corpus: ${m.id}: no cached text`);
      problems++;
      continue;
    }
    const text = readFileSync(tp, "utf8");
    m.chars = text.length;
    m.sha256 = sha256(text);
    const dp = join(draftsDir, `${m.id}.json`);
    if (!existsSync(dp)) continue;
    let draft;
    try {
      draft = JSON.parse(readFileSync(dp, "utf8"));
    } catch (e) {
      console.error(`real-corpus: drafts/${m.id}.json: ${e.message}`);
      problems++;
      continue;
    }
    draft.doc = m.id;
    for (const ev of draft.events ?? []) {
      ev.evidence = (ev.evidence ?? [])
        .map((frag) => {
          if (typeof frag !== "string") return frag;
          const at = locate(text, frag);
          if (!at) {
            console.error(`real-corpus: ${m.id}: evidence not found in the text: ${frag.slice(0, 60)}`);
            problems++;
            return null;
          }
          return { ...at, head: words(text.slice(at.start, at.end)).slice(0, 5).join(" ") };
        })
        .filter(Boolean);
    }
    writeFileSync(join(goldDir, `${m.id}.json`), `${JSON.stringify(draft, null, 1)}\n`);
    written++;
  }
  const order = ["id", "story", "split", "lang", "url", "outlet", "published", "query", "chars", "sha256"];
  const out = [...lines.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((m) =>
      JSON.stringify(Object.fromEntries([...order.filter((k) => k in m).map((k) => [k, m[k]]), ...Object.entries(m).filter(([k]) => !order.includes(k))])),
    );
  writeFileSync(manifestPath, `${out.join("\n")}\n`);
  console.log(`real-corpus: ${lines.size} manifest entries, ${written} gold files written, ${problems} problems`);
  process.exitCode = problems ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cmd = process.argv[2];
  if (cmd === "build") build();
  else if (cmd === "check") {
    const { ok, problems } = checkCache();
    for (const p of problems) console.error(`real-corpus: ${p}`);
    console.log(`real-corpus: ${ok.length} of ${ok.length + problems.length} cached texts match the manifest`);
    process.exitCode = problems.length ? 1 : 0;
  } else {
    console.error("usage: node scripts/real-corpus.mjs check|build");
    process.exitCode = 2;
  }
}
