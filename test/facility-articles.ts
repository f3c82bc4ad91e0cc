// Three short reports written for the facility tests: a camp and a prison
// change hands, detainees escape, and a prison the place table lacks is
// named in two spellings.

import { textDocument } from "../src/ingest/text.js";
import { cleanAndDetect } from "../src/pipeline.js";
import { saveDocument } from "../src/store/save-document.js";
import type { Store } from "../src/store/store.js";

function raw(id: string, text: string, published: string) {
  const doc = textDocument(id, `${id}.txt`, Buffer.from(text), text, []);
  return { ...doc, meta: { ...doc.meta, published, publishedRule: "manifest" as const, outlet: `${id} news` } };
}

export const WIRE = [
  "Government forces enter Hol camp",
  "",
  "Syrian government forces took control of the el-Hol camp on Tuesday, a camp previously run by the SDF for six years.",
  "",
  "The camp houses about 24,000 people, most of them women and children, camp officials said.",
  "",
  "Syrian troops also captured a prison in Shaddadeh on Tuesday.",
].join("\n");

export const LOCAL = [
  "Detainees flee Shaddadi prison",
  "",
  "About 1,200 detainees escaped from the Shaddaddi prison on Wednesday, the SDF said.",
  "",
  "The SDF were no longer able to hold the Shaddaddi prison after days of fighting.",
  "",
  "Guards moved 40 inmates from Birkat prison to Damascus on Thursday.",
].join("\n");

export const LATER = ["Birkat Prison emptied", "", "Officials said 60 inmates were moved out of Berkat prison on Sunday."].join("\n");

/** Stores the three reports with their publication dates (21, 22 and 26 January 2026). */
export async function storeFacilityArticles(store: Store): Promise<void> {
  await saveDocument(store, cleanAndDetect(raw("wire", WIRE, "2026-01-21")));
  await saveDocument(store, cleanAndDetect(raw("local", LOCAL, "2026-01-22")));
  await saveDocument(store, cleanAndDetect(raw("later", LATER, "2026-01-26")));
}
