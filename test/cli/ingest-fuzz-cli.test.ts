// Fuzz through the built command: some fifty generated files, good and
// hostile, in one folder, ingested once. No stack trace; exactly one line on
// stderr for each file that is refused, passed over or worth a note, naming
// it; none for the others; every file that can be stored is stored.

import { execFile } from "node:child_process";
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { Gen, article, articleHtml } from "../fuzz-inputs.js";
import { assertBuilt, sourced, tempDir, write } from "./helpers.js";
import { zipBytes } from "./hostile-inputs.js";

beforeAll(assertBuilt);
const t = tempDir();
afterAll(t.cleanup);

const SEED = Number(process.env.FUZZ_SEED ?? 20251207);

/** What ingest must make of a file: stored without a word, stored with one line, or one line and not stored. */
type Expect = "stored" | "stored, one line" | "one line";

it(`ingests ~50 generated files in one run: one line per file it refuses, passes over or notes, and every good file stored (seed ${SEED})`, async () => {
  const g = new Gen(SEED);
  const dir = join(t.dir, "batch");
  mkdirSync(dir);
  const files = new Map<string, { expect: Expect; id?: string }>();
  const add = (name: string, bytes: string | Buffer, expect: Expect) => {
    write(dir, name, bytes);
    files.set(join("batch", name), { expect, id: name.replace(/\.[^.]*$/, "") });
  };
  let n = 0;
  const id = () => `f${String(n++).padStart(3, "0")}`;

  for (let k = 0; k < 10; k++) add(`${id()}-good.txt`, article(g, n), "stored");
  for (let k = 0; k < 10; k++) add(`${id()}-good.html`, articleHtml(g, n), "stored");
  for (let k = 0; k < 2; k++) add(`${id()}-utf16-bom.txt`, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article(g, n), "utf16le")]), "stored");
  for (let k = 0; k < 2; k++) {
    const b = Buffer.from(article(g, n));
    for (let j = 0; j < 4; j++) b[g.int(0, b.length - 1)] = g.pick([0x80, 0xc0, 0xff, 0xfe]);
    add(`${id()}-invalid-utf8.txt`, b, "stored");
  }
  add(`${id()}-huge-line.txt`, `${article(g, n)}${"y".repeat(g.int(20_000, 60_000))}\n`, "stored");
  for (let k = 0; k < 2; k++) add(`${id()}-plain.html`, article(g, n), "stored, one line");
  for (let k = 0; k < 5; k++) {
    const b = g.bytes(g.int(1, 4096));
    b[g.int(0, b.length - 1)] = 0;
    add(`${id()}-random.txt`, b, "one line");
  }
  for (let k = 0; k < 2; k++) add(`${id()}-utf16-no-bom.txt`, Buffer.from(article(g, n), "utf16le"), "one line");
  for (let k = 0; k < 2; k++) {
    const b = Buffer.from(article(g, n));
    b[g.int(0, b.length - 1)] = 0;
    add(`${id()}-nul.txt`, b, "one line");
  }
  for (let k = 0; k < 3; k++) {
    const depth = g.int(200, 60_000);
    add(`${id()}-nested.html`, `<html><body>${"<div>".repeat(depth)}Deep.${"</div>".repeat(depth)}</body></html>`, "one line");
  }
  for (let k = 0; k < 2; k++)
    add(
      `${id()}-attributes.html`,
      `<html><body><p ${Array.from({ length: g.int(300, 5_000) }, (_, j) => `a${j}=x`).join(" ")}>Text.</p></body></html>`,
      "one line",
    );
  for (let k = 0; k < 2; k++) add(`${id()}-archive.html`, zipBytes("story.txt", article(g, n)), "one line");
  for (let k = 0; k < 2; k++) add(`${id()}-blank.txt`, g.pick(["", "   \n\n", "\t\r\n"]), "one line");
  for (const ext of ["json", "pdf", "docx"]) add(`${id()}-other.${ext}`, g.bytes(32), "one line");

  // A manifest: one article inside its folder, two paths out of it.
  const feed = join(dir, "feed");
  mkdirSync(feed);
  write(feed, "inside.txt", article(g, n));
  write(t.dir, "outside.txt", article(g, n));
  write(
    feed,
    "list.jsonl",
    [{ path: "inside.txt", id: "listed-inside" }, { path: "/etc/passwd" }, { path: "../../outside.txt" }].map((l) => JSON.stringify(l)).join("\n"),
  );
  const list = join("batch", "feed", "list.jsonl");
  files.set(`${list}:1`, { expect: "stored", id: "listed-inside" });
  files.set(`${list}:2`, { expect: "one line" });
  files.set(`${list}:3`, { expect: "one line" });

  // A link loop and a FIFO: a line each, and the batch never waits on them.
  symlinkSync("loop-b.txt", join(dir, "loop-a.txt"));
  symlinkSync("loop-a.txt", join(dir, "loop-b.txt"));
  files.set(join("batch", "loop-a.txt"), { expect: "one line" });
  files.set(join("batch", "loop-b.txt"), { expect: "one line" });
  await promisify(execFile)("mkfifo", [join(dir, "pipe.txt")]);
  files.set(join("batch", "pipe.txt"), { expect: "one line" });
  expect(files.size).toBeLessThanOrEqual(60);

  const r = await sourced(t.dir, ["--db", "fuzz.db", "ingest", "batch", "--json"]);
  expect(r.signal).toBeNull();
  expect(r.stderr).not.toMatch(/^ {4}at /m);
  const lines = r.stderr.split("\n").filter((l) => l !== "");
  for (const l of lines) expect(l).toMatch(/^sourced: \S.*: \S/);
  const naming = (file: string) => lines.filter((l) => l.startsWith(`sourced: ${file}: `));
  for (const [file, f] of files) expect(naming(file), `${file}: ${naming(file).join(" / ")}`).toHaveLength(f.expect === "stored" ? 0 : 1);
  expect(lines).toHaveLength([...files.values()].filter((f) => f.expect !== "stored").length);

  const docs = await sourced(t.dir, ["--db", "fuzz.db", "docs", "--format", "json"]);
  const stored = new Set((JSON.parse(docs.stdout) as { id: string }[]).map((d) => d.id));
  const shouldStore = [...files.values()].filter((f) => f.expect !== "one line").map((f) => f.id!);
  expect(shouldStore.filter((i) => !stored.has(i))).toEqual([]);
  expect(stored.size).toBe(shouldStore.length);
  expect(JSON.parse(r.stdout)).toMatchObject({ inserted: shouldStore.length });
});
