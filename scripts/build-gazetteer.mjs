#!/usr/bin/env node
// Builds data/gazetteer/sy-iq.json, the compact place table of Syria and Iraq
// (governorates, districts, localities) from the GeoNames and Who's On First
// extracts in ../shared/data/gazetteer-sy-iq/, and copies their licences.
// data/gazetteer/sy-iq.ar.json gives the Arabic names of its rows (by row
// index), from the same Who's On First records.
//
//   node scripts/build-gazetteer.mjs [sourceDir]
//
// The app reads only the committed output, never the source directory.

import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const srcDir = path.resolve(process.argv[2] ?? path.join(root, "..", "shared", "data", "gazetteer-sy-iq"));
const outDir = path.join(root, "data", "gazetteer");

function fail(msg) {
  console.error(`build-gazetteer: ${msg}`);
  process.exit(1);
}

if (!fs.existsSync(srcDir)) fail(`${srcDir}: source directory not found`);

const LATIN = /^[\p{Script=Latin}\p{M}\p{N}\s'’‘`ʼ.,()-]+$/u;
const round = (x) => (x == null ? null : Math.round(x * 1e4) / 1e4);
const fold = (s) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/['’‘`ʼ´]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** English-usable names of one WOF record. */
function namesOf(rec) {
  const n = rec.names ?? {};
  const out = [];
  const push = (s) => {
    if (typeof s !== "string") return;
    s = s.trim();
    if (s.length < 3 || !LATIN.test(s)) return;
    if (/^[A-Z]{3,4}$/.test(s)) return; // airport codes
    if (!out.includes(s)) out.push(s);
  };
  for (const s of n.eng_x_preferred ?? []) push(s);
  push(rec.name);
  for (const s of n.eng_x_variant ?? []) push(s);
  for (const s of n.und_x_variant ?? []) push(s);
  for (const s of n.eng_x_colloquial ?? []) push(s);
  return out;
}

const ARABIC = /^[\p{Script=Arabic}\s]+$/u;

/** Arabic names of one WOF record, as written (vowel marks kept). */
function arabicNamesOf(rec) {
  const n = rec.names ?? {};
  const out = [];
  for (const s of [...(n.ara_x_preferred ?? []), ...(n.ara_x_variant ?? [])]) {
    if (typeof s !== "string") continue;
    const t = s.trim().replace(/\s+/g, " ");
    if (t.replace(/[\u064b-\u065f\u0670\u0640\s]/g, "").length < 3 || !ARABIC.test(t)) continue;
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

async function readJsonl(file) {
  const rows = [];
  const rl = readline.createInterface({ input: fs.createReadStream(file, "utf8"), crlfDelay: Infinity });
  let line = 0;
  for await (const l of rl) {
    line++;
    if (!l.trim()) continue;
    try {
      rows.push(JSON.parse(l));
    } catch {
      fail(`${path.basename(file)}:${line}: not valid JSON`);
    }
  }
  return rows;
}

const KIND = { region: "admin1", county: "admin2", locality: "city" };
const records = [];
for (const cc of ["sy", "iq"]) {
  const file = path.join(srcDir, `wof-${cc}.jsonl`);
  if (!fs.existsSync(file)) fail(`${file}: missing`);
  records.push(...(await readJsonl(file)));
}

// Region (admin1) names by WOF id, in their English form.
const regionName = new Map();
for (const r of records) {
  if (r.placetype === "region") regionName.set(r.id, namesOf(r)[0] ?? r.name);
}

const seen = new Map(); // fold(name)|country|kind -> row
const arabic = new Map(); // row -> its Arabic names
const addArabic = (row, rec) => {
  const list = arabic.get(row) ?? [];
  for (const n of arabicNamesOf(rec)) if (!list.includes(n)) list.push(n);
  if (list.length) arabic.set(row, list);
};
for (const r of records) {
  const kind = KIND[r.placetype];
  if (!kind || !r.country || !["SY", "IQ"].includes(r.country)) continue;
  if (r.is_current === 0 || r.deprecated) continue;
  const names = namesOf(r);
  if (!names.length) continue;
  const lat = r.lbl_lat ?? r.lat;
  const lon = r.lbl_lon ?? r.lon;
  if (typeof lat !== "number" || typeof lon !== "number") continue;
  const h = (r.hierarchy ?? [])[0] ?? {};
  const admin1 = kind === "admin1" ? null : (regionName.get(h.region_id) ?? null);
  const pop = r.population ?? 0;
  const key = `${fold(names[0])}|${r.country}|${kind}`;
  const prev = seen.get(key);
  if (prev) {
    // Same place recorded twice: keep the more populous, merge its names.
    for (const n of names) if (!prev[1].includes(n) && prev[0] !== n) prev[1].push(n);
    if (pop > prev[7]) {
      prev[2] = round(lat);
      prev[3] = round(lon);
      prev[7] = pop;
    }
    addArabic(prev, r);
    continue;
  }
  const row = [names[0], names.slice(1), round(lat), round(lon), kind, admin1, r.country, pop];
  seen.set(key, row);
  addArabic(row, r);
}

// GeoNames admin1/admin2 names as extra spellings of the WOF regions/counties.
function readTsv(file) {
  const text = fs.readFileSync(file, "utf8");
  const [head, ...lines] = text.split(/\r?\n/).filter((l) => l.trim());
  const cols = head.split("\t");
  return lines.map((l) => Object.fromEntries(l.split("\t").map((v, i) => [cols[i], v])));
}
let gnAdded = 0;
const renamed = new Map();
for (const [file, kind] of [
  ["geonames-admin1-sy-iq.tsv", "admin1"],
  ["geonames-admin2-sy-iq.tsv", "admin2"],
]) {
  const p = path.join(srcDir, file);
  if (!fs.existsSync(p)) fail(`${p}: missing`);
  for (const row of readTsv(p)) {
    const country = row.code.slice(0, 2);
    const names = [row.name, row.asciiname].map((n) => n.replace(/\s+District$/, "").replace(/^Qaḑā’ |^Qada' /, ""));
    for (const n of names) {
      const match = [...seen.values()].find((r) => r[4] === kind && r[6] === country && (fold(r[0]) === fold(n) || r[1].some((a) => fold(a) === fold(n))));
      if (match) {
        if (kind === "admin1" && match[0] !== row.asciiname) {
          // GeoNames' ASCII name is the one the press uses ("Deir ez-Zor", "Nineveh").
          renamed.set(match[0], row.asciiname);
          match[1] = [match[0], ...match[1].filter((a) => a !== row.asciiname)];
          match[0] = row.asciiname;
        }
        for (const m of names) if (m !== match[0] && !match[1].includes(m)) match[1].push(m);
        gnAdded++;
        break;
      }
    }
  }
}

for (const r of seen.values()) if (r[5] && renamed.has(r[5])) r[5] = renamed.get(r[5]);
// Keep one spelling per folded form: the index folds accents and apostrophes anyway.
for (const r of seen.values()) {
  const keys = new Set([fold(r[0])]);
  r[1] = r[1].filter((a) => {
    const k = fold(a);
    if (keys.has(k)) return false;
    keys.add(k);
    return true;
  });
}
const places = [...seen.values()].sort((a, b) => b[7] - a[7] || a[0].localeCompare(b[0]));
const out = {
  about: "Places of Syria and Iraq: [name, aliases, lat, lon, kind, admin1, country, population]. Built by scripts/build-gazetteer.mjs.",
  attribution: [
    "Data from Who's On First (https://whosonfirst.org/docs/licenses/), see LICENSE.wof.md.",
    "Contains GeoNames data (https://www.geonames.org/), CC BY 4.0, see LICENSE.geonames-CC-BY-4.0.txt.",
  ],
  places,
};
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, "sy-iq.json"), JSON.stringify(out).replace(/\],\[/g, "],\n["));
const arabicRows = [];
places.forEach((row, i) => {
  if (arabic.has(row)) arabicRows.push([i, arabic.get(row)]);
});
fs.writeFileSync(
  path.join(outDir, "sy-iq.ar.json"),
  JSON.stringify({
    about:
      "Arabic names of the places of sy-iq.json: [row index in sy-iq.json, Arabic names as written]. Built by scripts/build-gazetteer.mjs from Who's On First.",
    attribution: ["Data from Who's On First (https://whosonfirst.org/docs/licenses/), see LICENSE.wof.md."],
    places: arabicRows,
  }).replace(/\],\[/g, "],\n["),
);
for (const lic of ["LICENSE.wof.md", "LICENSE.geonames-CC-BY-4.0.txt"]) {
  fs.copyFileSync(path.join(srcDir, lic), path.join(outDir, lic));
}
const size = fs.statSync(path.join(outDir, "sy-iq.json")).size;
const arSize = fs.statSync(path.join(outDir, "sy-iq.ar.json")).size;
console.log(
  `build-gazetteer: ${places.length} places (${gnAdded} GeoNames admin names merged), ${(size / 1024).toFixed(0)} KiB; Arabic names for ${arabicRows.length}, ${(arSize / 1024).toFixed(0)} KiB`,
);
