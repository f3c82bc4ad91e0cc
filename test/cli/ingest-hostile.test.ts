// Hostile and odd input through `sourced ingest`: each bad file is one line on
// stderr naming it, never a stack trace, and every good file is stored.

import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTICLES, assertBuilt, sourced, tempDir, write } from "./helpers.js";
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
    const r = await sourced(t.dir, ["--db", "not-html.db", "ingest", "not-html", "--json"]);
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
