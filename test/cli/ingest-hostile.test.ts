// Hostile and odd input through `sourced ingest`: each bad file is one line on
// stderr naming it, never a stack trace, and every good file is stored.

import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTICLES, ROOT, assertBuilt, sourced, tempDir, write } from "./helpers.js";
import { zipBytes } from "./hostile-inputs.js";

beforeAll(assertBuilt);
const t = tempDir();
afterAll(t.cleanup);

function stderrLines(s: string): string[] {
  return s.split("\n").filter((l) => l.trim() !== "");
}

async function storedIds(db: string): Promise<string[]> {
  const r = await sourced(t.dir, ["--db", db, "docs", "--format", "json"]);
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { id: string }[]).map((d) => d.id);
}

const GOOD_HTML = `<!doctype html><html><head><title>Court hands down sentences</title></head>
<body><article><h1>Court hands down sentences</h1><p>${ARTICLES.trial.split("\n\n")[1]!.trim()}</p></article></body></html>`;

describe("one page does not hold up the batch", () => {
  it("refuses a page nested 100,000 deep on one line, and stores the files around it", async () => {
    const dir = join(t.dir, "nested");
    mkdirSync(dir);
    write(dir, "a-transfer.txt", ARTICLES.transfer);
    // One sentence inside 100,000 nested elements: 1.2 MB.
    write(dir, "b-nested.html", `<html><body>${"<div>".repeat(100_000)}<p>One sentence at the bottom.</p>${"</div>".repeat(100_000)}</body></html>`);
    write(dir, "c-trial.html", GOOD_HTML);
    write(dir, "d-camp.txt", ARTICLES.camp);
    const r = await sourced(t.dir, ["--db", "nested.db", "ingest", "nested", "--json"]);
    expect(r.code).toBe(1);
    expect(stderrLines(r.stderr)).toEqual([`sourced: ${join("nested", "b-nested.html")}: HTML nested 100,003 deep (the limit is 128)`]);
    expect(JSON.parse(r.stdout)).toMatchObject({ inserted: 3, failed: 1 });
    expect(await storedIds("nested.db")).toEqual(["a-transfer", "c-trial", "d-camp"]);
  });
});

describe("a file named .html that holds no page", () => {
  it("reads plain text named .html as text with a note, names a zip named .html, and reads every file after them", async () => {
    const dir = join(t.dir, "not-html");
    mkdirSync(dir);
    write(dir, "a-transfer.txt", ARTICLES.transfer);
    write(dir, "b-plain.html", "Bridge reopens\n\nThe old bridge over the river reopened to traffic on Saturday after repairs that took a year.\n");
    write(dir, "c-archive.html", zipBytes("story.txt", ARTICLES.camp));
    write(dir, "d-trial.txt", ARTICLES.trial);
    const r = await sourced(t.dir, ["--db", "not-html.db", "ingest", "not-html", "--no-extract", "--json"]);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(stderrLines(r.stderr)).toEqual([
      `sourced: ${join("not-html", "b-plain.html")}: named as HTML but holds no markup: read as plain text`,
      `sourced: ${join("not-html", "c-archive.html")}: binary content (not a text, HTML or JSON Lines file)`,
    ]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ inserted: 3, failed: 1 });
    expect(await storedIds("not-html.db")).toEqual(["a-transfer", "b-plain", "d-trial"]);
  });
});

describe("a manifest reads no file outside its folder", () => {
  it("refuses absolute and climbing paths and links out of the folder, one line each, unless --allow-outside", async () => {
    const dir = join(t.dir, "feed");
    mkdirSync(dir);
    write(dir, "camp.txt", ARTICLES.camp);
    const secret = write(t.dir, "secret.txt", "A note that no manifest in the feed folder may read.");
    symlinkSync(secret, join(dir, "innocent.txt"));
    write(
      dir,
      "manifest.jsonl",
      [
        { path: "camp.txt", id: "camp" },
        { path: "/etc/passwd", id: "passwd" },
        { path: "../../../../etc/shadow", id: "shadow" },
        { path: "innocent.txt", id: "innocent" },
        { path: secret, id: "secret" },
      ]
        .map((l) => JSON.stringify(l))
        .join("\n"),
    );
    const r = await sourced(t.dir, ["--db", "feed.db", "ingest", join("feed", "manifest.jsonl"), "--no-extract", "--json"]);
    const m = join("feed", "manifest.jsonl");
    expect(stderrLines(r.stderr)).toEqual([
      `sourced: ${m}:2: /etc/passwd is outside the manifest's folder (pass --allow-outside to read it)`,
      `sourced: ${m}:3: ../../../../etc/shadow is outside the manifest's folder (pass --allow-outside to read it)`,
      `sourced: ${m}:4: innocent.txt is outside the manifest's folder (pass --allow-outside to read it)`,
      `sourced: ${m}:5: ${secret} is outside the manifest's folder (pass --allow-outside to read it)`,
    ]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ inserted: 1, failed: 4 });
    expect(await storedIds("feed.db")).toEqual(["camp"]);

    // The user vouches for this manifest: its links and paths out are read (the lines naming system files are dropped first).
    write(
      dir,
      "manifest.jsonl",
      [
        { path: "camp.txt", id: "camp" },
        { path: "innocent.txt", id: "innocent" },
        { path: secret, id: "secret" },
      ]
        .map((l) => JSON.stringify(l))
        .join("\n"),
    );
    const allowed = await sourced(t.dir, ["--db", "feed.db", "ingest", join("feed", "manifest.jsonl"), "--no-extract", "--allow-outside", "--json"]);
    expect(allowed.stderr).toBe("");
    expect(allowed.code).toBe(0);
    expect(await storedIds("feed.db")).toEqual(["camp", "innocent", "secret"]);
  });
});

describe("no file is passed over in silence", () => {
  it("gives one line and a skipped count for a file of another type, met in a walk or named, and for a FIFO", async () => {
    const dir = join(t.dir, "mixed-types");
    mkdirSync(dir);
    write(dir, "camp.txt", ARTICLES.camp);
    write(dir, "data.json", JSON.stringify({ headline: "Not an article", body: ARTICLES.trial }));
    await promisify(execFile)("mkfifo", [join(dir, "pipe.txt")]);
    const walked = await sourced(t.dir, ["--db", "types.db", "ingest", "mixed-types", "--no-extract"]);
    expect(stderrLines(walked.stderr)).toEqual([
      `sourced: ${join("mixed-types", "data.json")}: skipped (unsupported file type .json)`,
      `sourced: ${join("mixed-types", "pipe.txt")}: skipped (a FIFO, not a regular file)`,
    ]);
    expect(walked.stdout).toBe("1 inserted, 0 unchanged, 0 new versions, 0 failed, 2 skipped, extraction skipped\n");
    expect(walked.code).toBe(0);

    const named = await sourced(t.dir, ["--db", "types.db", "ingest", join("mixed-types", "data.json"), "--no-extract", "--json"]);
    expect(stderrLines(named.stderr)).toEqual([`sourced: ${join("mixed-types", "data.json")}: skipped (unsupported file type .json)`]);
    expect(JSON.parse(named.stdout)).toMatchObject({
      inserted: 0,
      failed: 0,
      skipped: 1,
      skippedFiles: [{ file: join("mixed-types", "data.json"), reason: "skipped (unsupported file type .json)" }],
    });
    expect(await storedIds("types.db")).toEqual(["camp"]);
  });
});

describe("documents in other languages", () => {
  it("stores the language of each document, extracts an Arabic article, and stores a French one without extracting it, on one line", async () => {
    const dir = join(t.dir, "languages");
    mkdirSync(dir);
    copyFileSync(join(ROOT, "test/fixtures/lang/ar-transfer.txt"), join(dir, "ar-transfer.txt"));
    copyFileSync(join(ROOT, "test/fixtures/lang/fr-transfer.txt"), join(dir, "fr-transfer.txt"));
    write(dir, "en-transfer.txt", ARTICLES.transfer);
    const r = await sourced(t.dir, ["--db", "lang.db", "ingest", "languages", "--json"]);
    expect(stderrLines(r.stderr)).toEqual([
      `sourced: ${join("languages", "fr-transfer.txt")}: language fr: stored, no events extracted (extraction reads English and Arabic only)`,
    ]);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ inserted: 3, failed: 0, otherLanguages: 1 });
    expect(summary.documents.map((d: { id: string; lang: string; events: number | null }) => [d.id, d.lang, d.events === null ? null : d.events > 0])).toEqual([
      ["ar-transfer", "ar", true],
      ["en-transfer", "en", true],
      ["fr-transfer", "fr", null],
    ]);

    const docs = JSON.parse((await sourced(t.dir, ["--db", "lang.db", "docs", "--format", "json"])).stdout);
    expect(docs.map((d: { id: string; lang: string; events: number }) => [d.id, d.lang, d.events > 0])).toEqual([
      ["ar-transfer", "ar", true],
      ["en-transfer", "en", true],
      ["fr-transfer", "fr", false],
    ]);
    const table = (await sourced(t.dir, ["--db", "lang.db", "docs"])).stdout.split("\n");
    expect(table[0]).toMatch(/\blang\b/);
    expect(table.find((l) => l.startsWith("ar-transfer"))).toMatch(/\sar\s/);

    const again = await sourced(t.dir, ["--db", "lang.db", "extract", "--json"]);
    expect(stderrLines(again.stderr)).toEqual(["sourced: fr-transfer: language fr: no events extracted (extraction reads English and Arabic only)"]);
    expect(JSON.parse(again.stdout)).toMatchObject({ documents: 2, otherLanguages: 1, failed: 0 });
  });
});
