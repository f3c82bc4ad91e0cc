import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { promisify } from "node:util";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { countDocuments, listSources, readOne, readSources, type IngestOutcome } from "./index.js";

const fixtures = resolve(__dirname, "../../test/fixtures");
const bad = join(fixtures, "bad-input");
const tmp = mkdtempSync(join(tmpdir(), "sourced-ingest-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function all(paths: string[], opts?: { maxBytes?: number; allowOutside?: boolean }): Promise<IngestOutcome[]> {
  const out: IngestOutcome[] = [];
  for await (const o of readSources(paths, opts)) out.push(o);
  return out;
}

function problem(o: IngestOutcome): string {
  if (o.ok) throw new Error(`expected a problem for ${o.file}`);
  return o.problem;
}

describe("plain text", () => {
  it("reads a scraped text file as is, id from the file name", async () => {
    const o = await readOne(join(fixtures, "clean-crawler-header-date/source.txt"));
    expect(o.ok).toBe(true);
    if (!o.ok) return;
    expect(o.doc.meta.id).toBe("source");
    expect(o.doc.meta.format).toBe("text");
    expect(o.doc.meta.origin).toBe(join(fixtures, "clean-crawler-header-date/source.txt"));
    expect(o.doc.text.startsWith(" date 2025-11-14 200\n")).toBe(true);
    expect(o.doc.raw.toString("utf8")).toBe(o.doc.text);
  });

  it("decodes invalid UTF-8 as windows-1252 and says so", async () => {
    const o = await readOne(join(bad, "windows-1252.txt"));
    expect(o.ok).toBe(true);
    if (!o.ok) return;
    expect(o.doc.text).toContain("Café owners");
    expect(o.doc.text).toContain("prisoners’ return");
    expect(o.doc.text).toContain("40 detainees – most");
    expect(o.doc.meta.warnings.join(" ")).toContain("decoded as windows-1252");
  });
});

describe("bad input: one problem per file, the batch goes on", () => {
  it("names binary, empty and missing files", async () => {
    const out = await all([
      join(bad, "binary.txt"),
      join(bad, "empty.txt"),
      join(bad, "whitespace-only.txt"),
      join(tmp, "nope.txt"),
      join(fixtures, "clean-emoji-date/source.txt"),
    ]);
    expect(out).toHaveLength(5);
    expect(problem(out[0])).toMatch(/binary/);
    expect(problem(out[1])).toMatch(/empty/);
    expect(problem(out[2])).toMatch(/whitespace/);
    expect(problem(out[3])).toMatch(/not found/);
    expect(out[4].ok).toBe(true);
    for (const o of out.slice(0, 4)) expect(problem(o)).not.toMatch(/\n|at \w+ \(/);
  });

  it("refuses a file over the size limit (default 20 MB)", async () => {
    const big = join(tmp, "big.txt");
    writeFileSync(big, Buffer.alloc(21 * 1024 * 1024, "a"));
    const [o] = await all([big]);
    expect(problem(o)).toMatch(/too large \(21\.0 MB; the limit is 20\.0 MB\)/);
    const small = join(tmp, "small.txt");
    writeFileSync(small, "Troops arrested four men in a raid on Tuesday.\n".repeat(50));
    const [s] = await all([small], { maxBytes: 1000 });
    expect(problem(s)).toMatch(/too large/);
    const [ok] = await all([small]);
    expect(ok.ok).toBe(true);
  });

  it("still reads malformed HTML, and refuses HTML with no text at all", async () => {
    const [m, t] = await all([join(bad, "malformed.html"), join(bad, "tags-only.html")]);
    expect(m.ok).toBe(true);
    if (m.ok) {
      expect(m.doc.meta.format).toBe("html");
      expect(m.doc.text).toMatch(/at least nine fighters were killed/);
      expect(m.doc.text).toMatch(/arrived by night and the road was closed/);
    }
    expect(problem(t)).toMatch(/no readable text/);
  });

  it("reports each broken manifest line as file:line and reads the good ones", async () => {
    // Its good line reads a fixture in a sibling folder, outside the manifest's own.
    const out = await all([join(bad, "broken-manifest.jsonl")], { allowOutside: true });
    const man = join(bad, "broken-manifest.jsonl");
    expect(out.map((o) => o.file)).toEqual([1, 2, 3, 4, 6, 7].map((n) => `${man}:${n}`));
    const [good, notJson, noPath, urlOnly, missing, badType] = out;
    expect(good.ok).toBe(true);
    if (good.ok) {
      expect(good.doc.meta.id).toBe("checkpoint-attack");
      expect(good.doc.meta.published).toBe("2025-11-14");
      expect(good.doc.meta.publishedRule).toBe("manifest");
      expect(good.doc.meta.outlet).toBe("Example Wire");
      expect(good.doc.meta.format).toBe("manifest");
    }
    expect(problem(notJson)).toMatch(/line 2 is not valid JSON/);
    expect(problem(noPath)).toMatch(/line 3 has no "path"/);
    expect(problem(urlOnly)).toMatch(/only a url .*cannot be fetched when reading files only/);
    expect(problem(missing)).toMatch(/missing-article\.txt: file not found/);
    expect(problem(badType)).toMatch(/"path"/);
  });
});

describe("a manifest reads only inside its own folder", () => {
  const root = join(tmp, "confined");
  const feed = join(root, "feed");
  const outside = join(root, "private.txt");
  mkdirSync(join(feed, "sub"), { recursive: true });
  writeFileSync(outside, "A note kept outside the feed's folder.");
  writeFileSync(join(feed, "sub", "inside.txt"), "The ferry ran again on Friday after a week of storms.");
  symlinkSync(outside, join(feed, "link.txt"));
  symlinkSync(join(feed, "sub"), join(root, "sub-link"));
  const manifest = join(feed, "manifest.jsonl");
  writeFileSync(
    manifest,
    [
      { path: "sub/inside.txt", id: "inside" },
      { path: outside, id: "absolute" },
      { path: "../private.txt", id: "relative" },
      { path: "../../../../../../../../private.txt", id: "far" },
      { path: "link.txt", id: "link" },
      { path: join(feed, "sub", "inside.txt"), id: "absolute-inside" },
      { path: join(root, "sub-link", "inside.txt"), id: "through-a-link-into-the-folder" },
    ]
      .map((l) => JSON.stringify(l))
      .join("\n"),
  );

  it("refuses absolute and relative paths out of the folder, and links inside it that point out, each on its line", async () => {
    const out = await all([manifest]);
    expect(out.map((o) => [o.file.slice(feed.length + 1), o.ok])).toEqual([
      ["manifest.jsonl:1", true],
      ["manifest.jsonl:2", false],
      ["manifest.jsonl:3", false],
      ["manifest.jsonl:4", false],
      ["manifest.jsonl:5", false],
      ["manifest.jsonl:6", true],
      ["manifest.jsonl:7", true],
    ]);
    expect(problem(out[1]!)).toBe(`${outside} is outside the manifest's folder (pass --allow-outside to read it)`);
    expect(problem(out[2]!)).toBe("../private.txt is outside the manifest's folder (pass --allow-outside to read it)");
    expect(problem(out[4]!)).toBe("link.txt is outside the manifest's folder (pass --allow-outside to read it)");
  });

  it("reads them all when allowed", async () => {
    const out = await all([manifest], { allowOutside: true });
    expect(out.map((o) => o.ok)).toEqual([true, true, true, false, true, true, true]);
    expect(problem(out[3]!)).toMatch(/file not found/); // far above the root: a path that names nothing
    expect(out[1]!.ok && out[1]!.doc.text).toContain("kept outside");
  });
});

describe("HTML", () => {
  it("keeps the headline first, paragraphs apart, and reads the meta tags", async () => {
    const o = await readOne(join(fixtures, "clean-html-readability/source.html"));
    expect(o.ok).toBe(true);
    if (!o.ok) return;
    const { meta, text } = o.doc;
    expect(meta.format).toBe("html");
    expect(meta.title).toBe("Prison guards foil escape attempt in Hasakah");
    expect(meta.published).toBe("2025-09-18");
    expect(meta.publishedRule).toBe("html-meta");
    expect(meta.outlet).toBe("Northern Dispatch");
    expect(meta.url).toBe("https://dispatch.example/2025/09/18/escape-attempt");
    const paras = text.split("\n\n");
    expect(paras[0]).toBe("Prison guards foil escape attempt in Hasakah");
    expect(paras.filter((p) => p === paras[0])).toHaveLength(1);
    expect(paras.some((p) => p.startsWith("According to the spokesman, about 20 detainees"))).toBe(true);
    expect(text).not.toMatch(/Most read|All rights reserved|file photo/);
  });

  it("reads JSON-LD datePublished and publisher inside @graph", async () => {
    const o = await readOne(join(fixtures, "clean-html-json-ld/source.html"));
    expect(o.ok && o.doc.meta.published).toBe("2025-06-02");
    expect(o.ok && o.doc.meta.publishedRule).toBe("json-ld");
    expect(o.ok && o.doc.meta.outlet).toBe("Gulf Ledger");
  });

  it("sniffs HTML in a file without an .html extension", async () => {
    const f = join(tmp, "page.txt");
    writeFileSync(
      f,
      "<!DOCTYPE html><html><head><title>T</title></head><body><article><h1>Raid in the desert</h1><p>Soldiers detained eleven suspects during a raid on a desert village on Sunday, the army said in a statement that gave no names, adding that weapons were seized.</p></article></body></html>",
    );
    const o = await readOne(f);
    expect(o.ok && o.doc.meta.format).toBe("html");
    expect(o.ok && o.doc.text).toMatch(/detained eleven suspects/);
  });

  it("falls back to the body text when Readability finds no article, and says so", async () => {
    const f = join(tmp, "short.html");
    writeFileSync(f, "<html><body><footer>Nine detainees were freed on Monday.</footer></body></html>");
    const o = await readOne(f);
    expect(o.ok).toBe(true);
    if (!o.ok) return;
    expect(o.doc.text).toBe("Nine detainees were freed on Monday.");
    expect(o.doc.meta.warnings).toEqual(["no article found by Readability: used the body text"]);
  });
});

describe("HTML that is not what its name says", () => {
  it("reads a .html file with no markup at all as plain text, with a note", async () => {
    const f = join(tmp, "plain.html");
    writeFileSync(f, "Ferry service resumes\n\nThe ferry across the bay ran again on Friday after a week of storms, the port office said.\n");
    const o = await readOne(f);
    expect(o.ok).toBe(true);
    if (!o.ok) return;
    expect(o.doc.meta.format).toBe("text");
    expect(o.doc.text).toContain("The ferry across the bay ran again");
    expect(o.note).toBe("named as HTML but holds no markup: read as plain text");
    expect(o.doc.meta.warnings).toContain(o.note);
  });

  it("reads a fragment with no root element, and a comment before bare words, without throwing", async () => {
    for (const [name, text, expected] of [
      ["comment.html", "<!-- saved page --> The ferry ran again on Friday after a week of storms.", "The ferry ran again"],
      ["fragment.html", "The ferry <b>ran again</b> on Friday after a week of storms.", "ran again"],
      ["one-char.html", "<", null],
    ] as const) {
      const f = join(tmp, name);
      writeFileSync(f, text);
      const o = await readOne(f);
      if (expected === null) expect(o.ok, name).toBe(true);
      else expect(o.ok && o.doc.text, name).toContain(expected);
    }
  });

  it("reads a page whose unclosed CDATA section would swallow a doctype (Readability once looped for ever on it)", async () => {
    const f = join(tmp, "cdata.html");
    writeFileSync(f, "<html><body><div>Ferries ran.<![CDATA[x-->z<!doctype html>w");
    const o = await readOne(f);
    expect(o.ok && o.doc.text).toBe("Ferries ran.");
  });

  it("names the file for a zip's bytes named .html, and goes on with the next file", async () => {
    const dir = join(tmp, "odd-html");
    mkdirSync(dir);
    writeFileSync(join(dir, "a.txt"), "The ferry ran again on Friday after a week of storms.");
    writeFileSync(join(dir, "b.html"), Buffer.concat([Buffer.from("PK\x03\x04\x14\x00\x00\x00\x08\x00", "latin1"), Buffer.alloc(64, 0x9c)]));
    writeFileSync(join(dir, "c.html"), "Plain words in a file named as a page.");
    writeFileSync(join(dir, "d.txt"), "The bridge reopened on Saturday.");
    const out = await all([dir]);
    expect(out.map((o) => [o.file.slice(dir.length + 1), o.ok])).toEqual([
      ["a.txt", true],
      ["b.html", false],
      ["c.html", true],
      ["d.txt", true],
    ]);
    expect(problem(out[1]!)).toMatch(/binary/);
  });
});

describe("encodings and line breaks", () => {
  it("decodes UTF-16 with a byte order mark instead of calling it binary", async () => {
    const f = join(tmp, "utf16.txt");
    writeFileSync(f, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Headline\n\nTwelve detainees were freed on Monday.", "utf16le")]));
    const o = await readOne(f);
    expect(o.ok && o.doc.text).toBe("Headline\n\nTwelve detainees were freed on Monday.");
    expect(o.ok && o.doc.meta.warnings).toEqual(["decoded as UTF-16"]);
  });

  it("splits paragraphs at a double <br> in HTML", async () => {
    const f = join(tmp, "br.html");
    const body =
      "Soldiers detained eleven suspects in a raid on a desert village on Sunday, the army said.<br>It gave no names.<br><br>Weapons and explosives were seized during the operation, according to the statement, which said the suspects had planned attacks.";
    writeFileSync(f, `<html><head><title>Raid</title></head><body><article><h1>Raid</h1><div>${body}</div></article></body></html>`);
    const o = await readOne(f);
    expect(o.ok).toBe(true);
    if (!o.ok) return;
    const paras = o.doc.text.split("\n\n");
    expect(paras).toContain("Soldiers detained eleven suspects in a raid on a desert village on Sunday, the army said. It gave no names.");
    expect(paras.some((p) => p.startsWith("Weapons and explosives"))).toBe(true);
  });
});

describe("listing", () => {
  it("walks folders in sorted order and leaves out files a manifest covers", async () => {
    const dir = join(tmp, "walk");
    mkdirSync(join(dir, "sub"), { recursive: true });
    writeFileSync(join(dir, "b.txt"), "b");
    writeFileSync(join(dir, "a.html"), "<p>a</p>");
    writeFileSync(join(dir, "README.md"), "not an article");
    writeFileSync(join(dir, ".hidden.txt"), "hidden");
    writeFileSync(join(dir, "sub", "c.txt"), "c");
    writeFileSync(join(dir, "m.jsonl"), '{"path": "sub/c.txt", "id": "cee"}\n');
    const files = await listSources([dir]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(["a.html", "b.txt", "m.jsonl"]);
    expect(await countDocuments([dir])).toBe(4); // and the README, passed over with a line
    expect(await countDocuments([join(bad, "broken-manifest.jsonl")])).toBe(6);
  });
});

describe("files passed over", () => {
  it("names every file it does not read, in a walk and on the command line alike, and never opens a FIFO", async () => {
    const dir = join(tmp, "passed-over");
    mkdirSync(join(dir, "sub"), { recursive: true });
    writeFileSync(join(dir, "a-story.txt"), "The ferry ran again on Friday.");
    writeFileSync(join(dir, "data.json"), '{"not": "an article"}');
    writeFileSync(join(dir, "notes"), "Words in a file with no extension are read as text.");
    writeFileSync(join(dir, "photo.JPG"), Buffer.from([0xff, 0xd8, 0xff]));
    await promisify(execFile)("mkfifo", [join(dir, "pipe.txt")]);
    const server = createServer();
    await new Promise<void>((res) => server.listen(join(dir, "sock.txt"), res));
    symlinkSync("/dev/null", join(dir, "device.txt"));
    symlinkSync("loop-b.txt", join(dir, "loop-a.txt"));
    symlinkSync("loop-a.txt", join(dir, "loop-b.txt"));
    symlinkSync("nowhere.txt", join(dir, "dangling.txt"));
    symlinkSync(dir, join(dir, "sub", "up"));
    writeFileSync(join(dir, "sub", "z.txt"), "The bridge reopened on Saturday.");
    try {
      const out = await all([dir]);
      const seen = out.map((o) => [o.file.slice(dir.length + 1), o.ok ? "read" : o.skipped ? `skipped: ${o.problem}` : `failed: ${o.problem}`]);
      expect(seen).toEqual([
        ["a-story.txt", "read"],
        ["dangling.txt", "failed: file not found (a symbolic link to nothing)"],
        ["data.json", "skipped: skipped (unsupported file type .json)"],
        ["device.txt", "skipped: skipped (a device, not a regular file)"],
        ["loop-a.txt", "skipped: skipped (a symbolic link loop)"],
        ["loop-b.txt", "skipped: skipped (a symbolic link loop)"],
        ["notes", "read"],
        ["photo.JPG", "skipped: skipped (unsupported file type .jpg)"],
        ["pipe.txt", "skipped: skipped (a FIFO, not a regular file)"],
        ["sock.txt", "skipped: skipped (a socket, not a regular file)"],
        [join("sub", "up"), "skipped: skipped (a link to a folder already walked)"],
        [join("sub", "z.txt"), "read"],
      ]);
      // Named one by one, the same files give the same outcomes.
      const named = await all(["data.json", "notes", "pipe.txt", "sock.txt", "device.txt", "loop-a.txt"].map((n) => join(dir, n)));
      expect(named.map((o) => (o.ok ? "read" : o.problem))).toEqual([
        "skipped (unsupported file type .json)",
        "read",
        "skipped (a FIFO, not a regular file)",
        "skipped (a socket, not a regular file)",
        "skipped (a device, not a regular file)",
        "skipped (a symbolic link loop)",
      ]);
      expect(await countDocuments([dir])).toBe(out.length);
    } finally {
      await new Promise((res) => server.close(res));
    }
  });

  it("does not open a FIFO a manifest lists", async () => {
    const dir = join(tmp, "manifest-fifo");
    mkdirSync(dir);
    await promisify(execFile)("mkfifo", [join(dir, "pipe.txt")]);
    writeFileSync(join(dir, "m.jsonl"), '{"path": "pipe.txt"}\n');
    const out = await all([join(dir, "m.jsonl")]);
    expect(out.map((o) => (o.ok ? "read" : o.problem))).toEqual([`${join(dir, "pipe.txt")}: a FIFO, not a regular file`]);
  });
});
