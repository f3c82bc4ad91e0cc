import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeDoc, makeEvent } from "../../src/store/fixtures.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { ARTICLES, assertBuilt, sourced, tempDir, write } from "./helpers.js";

beforeAll(assertBuilt);

const SPEC_FIELDS = ["doc", "type", "status", "date", "count", "subject", "group", "actor", "origin", "destination", "location", "source", "evidence"];

function stderrLines(s: string): string[] {
  return s.split("\n").filter((l) => l.trim() !== "");
}

describe("sourced ingest", () => {
  const t = tempDir();
  afterAll(t.cleanup);

  it("stores new files, and ingesting the same files again changes nothing", async () => {
    const dir = join(t.dir, "articles");
    mkdirSync(dir, { recursive: true });
    write(dir, "transfer.txt", ARTICLES.transfer);
    write(dir, "trial.txt", ARTICLES.trial);
    const first = await sourced(t.dir, ["--db", "a.db", "ingest", "articles", "--json"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const s1 = JSON.parse(first.stdout);
    expect(s1).toMatchObject({ inserted: 2, unchanged: 0, newVersions: 0, failed: 0 });
    expect(s1.documents.map((d: { id: string }) => d.id).sort()).toEqual(["transfer", "trial"]);

    const again = await sourced(t.dir, ["--db", "a.db", "ingest", "articles"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/0 inserted, 2 unchanged, 0 new versions, 0 failed/);
    const docs = JSON.parse((await sourced(t.dir, ["--db", "a.db", "docs", "--format", "json"])).stdout);
    expect(docs.map((d: { id: string; version: number }) => [d.id, d.version])).toEqual([
      ["transfer", 1],
      ["trial", 1],
    ]);
  });

  it("stores a changed file as the next version of the same document", async () => {
    const dir = join(t.dir, "articles");
    write(dir, "trial.txt", ARTICLES.trial.replace("five", "six"));
    const r = await sourced(t.dir, ["--db", "a.db", "ingest", "articles", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ inserted: 0, unchanged: 1, newVersions: 1, failed: 0 });
    const docs = JSON.parse((await sourced(t.dir, ["--db", "a.db", "docs", "--format", "json"])).stdout);
    expect(docs.find((d: { id: string }) => d.id === "trial").version).toBe(2);
    expect((await sourced(t.dir, ["--db", "a.db", "show", "trial"])).stdout).toContain("six foreign fighters");
    expect((await sourced(t.dir, ["--db", "a.db", "show", "trial", "--version", "1"])).stdout).toContain("five foreign fighters");
    expect((await sourced(t.dir, ["--db", "a.db", "show", "trial", "--raw"])).stdout).toBe(ARTICLES.trial.replace("five", "six"));
  });

  it("reports each bad input on one line naming the file, goes on, and exits 1", async () => {
    const dir = join(t.dir, "mixed");
    mkdirSync(dir, { recursive: true });
    write(dir, "good.txt", ARTICLES.camp);
    write(dir, "empty.txt", "");
    write(dir, "big.txt", `${ARTICLES.transfer}\n${"More words of padding. ".repeat(400)}`);
    write(dir, "binary.txt", Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0, 0, 0]));
    const r = await sourced(t.dir, ["--db", "b.db", "ingest", "mixed", "missing.txt", "--max-bytes", "4000"]);
    expect(r.code).toBe(1);
    const lines = stderrLines(r.stderr);
    expect(lines.length).toBe(4);
    for (const name of ["empty.txt", "big.txt", "binary.txt", "missing.txt"]) {
      const mine = lines.filter((l) => l.includes(name));
      expect(mine, name).toHaveLength(1);
      expect(mine[0]).toMatch(/^sourced: \S*: .+/);
    }
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toMatch(/1 inserted, 0 unchanged, 0 new versions, 4 failed/);
    const docs = JSON.parse((await sourced(t.dir, ["--db", "b.db", "docs", "--format", "json"])).stdout);
    expect(docs.map((d: { id: string }) => d.id)).toEqual(["good"]);
  });

  it("notes when two files in a batch share a document id", async () => {
    mkdirSync(join(t.dir, "one"), { recursive: true });
    mkdirSync(join(t.dir, "two"), { recursive: true });
    write(join(t.dir, "one"), "wire.txt", ARTICLES.camp);
    write(join(t.dir, "two"), "wire.txt", ARTICLES.trial);
    const r = await sourced(t.dir, ["--db", "dup.db", "ingest", "one", "two", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ inserted: 1, newVersions: 1, failed: 0 });
    expect(stderrLines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^sourced: \S*two\/wire\.txt: same document id "wire" as \S*one\/wire\.txt/);
  });

  it("says of a manifest's repeated id what the summary counts: unchanged for the same content, the next version for other content", async () => {
    const dir = join(t.dir, "manifest-dup");
    mkdirSync(dir, { recursive: true });
    write(dir, "first.txt", ARTICLES.camp);
    write(dir, "second.txt", ARTICLES.trial);
    write(
      dir,
      "feed.jsonl",
      ['{"path": "first.txt", "id": "wire"}', '{"path": "first.txt", "id": "wire"}', '{"path": "second.txt", "id": "wire"}', ""].join("\n"),
    );
    const r = await sourced(t.dir, ["--db", "mdup.db", "ingest", "manifest-dup/feed.jsonl", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ inserted: 1, unchanged: 1, newVersions: 1, failed: 0 });
    const lines = stderrLines(r.stderr);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^sourced: \S*feed\.jsonl:2: same document id "wire" as \S*feed\.jsonl:1; same content, counted as unchanged$/);
    expect(lines[1]).toMatch(/^sourced: \S*feed\.jsonl:3: same document id "wire" as \S*feed\.jsonl:1; stored as its next version$/);
  });

  it("counts the documents extracted without a date and says how to give one; a manifest's date ends it", async () => {
    const dir = join(t.dir, "undated");
    mkdirSync(dir, { recursive: true });
    write(dir, "trial.txt", ARTICLES.trial); // "on Sunday", and no date anywhere
    const bare = await sourced(t.dir, ["--db", "undated.db", "ingest", join("undated", "trial.txt")]);
    expect(bare.code).toBe(0);
    expect(bare.stdout).toMatch(
      /, 1 undated \(relative dates left unresolved; give each a "published" date in a JSON Lines manifest, see `sourced ingest --help`\)\n$/,
    );
    const events = JSON.parse((await sourced(t.dir, ["--db", "undated.db", "events"])).stdout.split("\n")[0]!);
    expect(events.date).toBeNull();

    write(dir, "feed.jsonl", '{"path": "trial.txt", "id": "trial-dated", "published": "2025-03-04"}\n');
    const dated = await sourced(t.dir, ["--db", "undated.db", "ingest", join("undated", "feed.jsonl"), "--json"]);
    expect(dated.code).toBe(0);
    const summary = JSON.parse(dated.stdout);
    expect(summary).toMatchObject({ inserted: 1, undated: 0 });
    expect(summary.documents[0]).toMatchObject({ id: "trial-dated", published: "2025-03-04" });
    const all = (await sourced(t.dir, ["--db", "undated.db", "events", "--doc", "trial-dated"])).stdout;
    expect(JSON.parse(all.split("\n")[0]!).date).toBe("2025-03-02");

    const help = await sourced(t.dir, ["ingest", "--help"]);
    expect(help.stdout).toMatch(/undated/);
    expect(help.stdout).toContain('"published": "2025-03-04"');
  });

  it("can store without extracting", async () => {
    const dir = join(t.dir, "noextract");
    mkdirSync(dir, { recursive: true });
    write(dir, "camp.txt", ARTICLES.camp);
    const r = await sourced(t.dir, ["--db", "c.db", "ingest", "noextract", "--no-extract", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ inserted: 1, extractorVersion: null, events: 0 });
  });
});

describe("sourced extract", () => {
  const t = tempDir();
  afterAll(t.cleanup);

  it("extracts stored documents later, and again without duplicating events", async () => {
    mkdirSync(join(t.dir, "in"));
    write(join(t.dir, "in"), "transfer.txt", ARTICLES.transfer);
    write(join(t.dir, "in"), "trial.txt", ARTICLES.trial);
    expect((await sourced(t.dir, ["--db", "x.db", "ingest", "in", "--no-extract"])).code).toBe(0);
    const docsBefore = JSON.parse((await sourced(t.dir, ["--db", "x.db", "docs", "--format", "json"])).stdout);
    expect(docsBefore.map((d: { events: number }) => d.events)).toEqual([0, 0]);

    const r = await sourced(t.dir, ["--db", "x.db", "extract", "--json"]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ documents: 2, failed: 0 });
    expect(s.extractorVersion).toMatch(/\S/);
    const count = async () => (await sourced(t.dir, ["--db", "x.db", "events"])).stdout.split("\n").filter(Boolean).length;
    expect(await count()).toBe(s.events);
    const docsAfter = JSON.parse((await sourced(t.dir, ["--db", "x.db", "docs", "--format", "json"])).stdout);
    expect(docsAfter.reduce((n: number, d: { events: number }) => n + d.events, 0)).toBe(s.events);

    const again = JSON.parse((await sourced(t.dir, ["--db", "x.db", "extract", "--doc", "trial", "--json"])).stdout);
    expect(again.documents).toBe(1);
    expect(await count()).toBe(s.events);
  });

  it("names a missing document in one line", async () => {
    const r = await sourced(t.dir, ["--db", "x.db", "extract", "--doc", "nope"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("sourced: no document 'nope'\n");
  });
});

describe("sourced events", () => {
  const t = tempDir();
  afterAll(t.cleanup);
  const db = () => join(t.dir, "ev.db");

  beforeAll(async () => {
    const store = openSqliteStore(db());
    await store.putDocument(makeDoc("alpha", "Text of alpha."));
    await store.putDocument(makeDoc("beta", "Text of beta."));
    await store.replaceEvents("alpha", 1, "1", [
      makeEvent("alpha", { confidence: 0.9 }),
      makeEvent("alpha", {
        type: "holding",
        status: "ongoing",
        origin: null,
        destination: null,
        location: { name: "Roj camp", country: "SY" },
        subject: 'women, and "children"',
        confidence: 0.3,
      }),
    ]);
    await store.replaceEvents("beta", 1, "1", [
      makeEvent("beta", { type: "trial", origin: null, destination: null, location: { name: "Baghdad", country: "IQ" }, confidence: 0.7 }),
    ]);
    await store.close();
  });

  it("prints records in the exchange form, then their document's language, one a line", async () => {
    const r = await sourced(t.dir, ["--db", db(), "events", "--format", "jsonl"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    const records = lines.map((l) => JSON.parse(l));
    for (const rec of records) expect(Object.keys(rec)).toEqual([...SPEC_FIELDS, "lang"]);
    expect(records.map((x) => [x.doc, x.type])).toEqual([
      ["alpha", "transfer"],
      ["alpha", "holding"],
      ["beta", "trial"],
    ]);
    expect(records[0].origin).toEqual({ name: "Raqqa", country: "SY" });
  });

  it("filters by document, type and confidence", async () => {
    const types = async (...args: string[]) =>
      (await sourced(t.dir, ["--db", db(), "events", ...args])).stdout
        .trimEnd()
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l).type);
    expect(await types("--doc", "beta")).toEqual(["trial"]);
    expect(await types("--type", "holding")).toEqual(["holding"]);
    expect(await types("--min-confidence", "0.5")).toEqual(["transfer", "trial"]);
    expect(await types("--country", "iq")).toEqual(["transfer", "trial"]);
    expect(await types("--from", "2025-03", "--to", "2025-03-03")).toEqual(["transfer", "holding", "trial"]);
    expect(await types("--to", "2025-02")).toEqual([]);
    expect(await types("--q", "Roj")).toEqual(["holding"]);
  });

  it("writes CSV and a table", async () => {
    const csv = (await sourced(t.dir, ["--db", db(), "events", "--format", "csv", "--type", "holding"])).stdout;
    expect(csv.split("\r\n")[0]).toMatch(/^event_id,event_uid,doc,type,status,date,count_value,count_qualifier,subject,group,actor,origin_name,origin_country/);
    expect(csv).toContain('"women, and ""children"""');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    const table = (await sourced(t.dir, ["--db", db(), "events", "--format", "table"])).stdout;
    expect(table.split("\n")[0]).toMatch(/^doc\s+type\s+status\s+date/);
    expect(table).toContain("Roj camp (SY)");
  });

  it("writes CSV for Excel with --bom, each row naming its stored event", async () => {
    const r = await sourced(t.dir, ["--db", db(), "events", "--format", "csv", "--bom"]);
    expect(r.code).toBe(0);
    const bytes = Buffer.from(r.stdout);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = r.stdout.slice(1).trimEnd().split("\r\n");
    expect(rows[0]!.startsWith("event_id,event_uid,doc,")).toBe(true);
    const store = openSqliteStore(db());
    const ids = (await store.listEvents({})).map((e) => e.id);
    await store.close();
    expect(rows.slice(1).map((row) => row.split(",")[0])).toEqual(ids);
    const wrong = await sourced(t.dir, ["--db", db(), "events", "--format", "jsonl", "--bom"]);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toBe("sourced: --bom: only for CSV output\n");
  });

  it("prints nothing on stdout when no event matches, and exits 0", async () => {
    const r = await sourced(t.dir, ["--db", db(), "events", "--type", "escape"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/no events/);
  });

  it("leaves out a stored record that does not fit the format, names it on stderr, and exits 1", async () => {
    const bad = join(t.dir, "bad.db");
    const store = openSqliteStore(bad);
    await store.putDocument(makeDoc("delta", "Text of delta."));
    await store.replaceEvents("delta", 1, "1", [makeEvent("delta"), makeEvent("delta", { origin: { name: "Kyiv", country: "Ukraine" } })]);
    await store.close();
    const r = await sourced(t.dir, ["--db", bad, "events"]);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(stderrLines(r.stderr)).toEqual([expect.stringMatching(/^sourced: event \d+ of delta: invalid event record \(origin\.country: .*\); left out$/)]);
  });

  it("refuses bad options with one line", async () => {
    for (const args of [
      ["--type", "party"],
      ["--format", "xml"],
      ["--min-confidence", "2"],
      ["--from", "March"],
      ["--country", "Syria"],
    ]) {
      const r = await sourced(t.dir, ["--db", db(), "events", ...args]);
      expect(r.code).toBe(1);
      expect(stderrLines(r.stderr)).toHaveLength(1);
      expect(r.stdout).toBe("");
    }
  });
});

describe("sourced show and docs", () => {
  const t = tempDir();
  afterAll(t.cleanup);
  const db = () => join(t.dir, "s.db");

  beforeAll(async () => {
    const store = openSqliteStore(db());
    const doc = makeDoc("gamma", "Clean text of gamma.", { outlet: "Daily Example", published: "2025-01-09", publishedRule: "html-meta" });
    doc.removed = [
      { start: 0, end: 7, rule: "boilerplate/header", text: "HEADER\n" },
      { start: 30, end: 52, rule: "comments/reader", text: 'Great "post"\nthanks' },
    ];
    await store.putDocument(doc);
    await store.replaceEvents("gamma", 1, "1", [makeEvent("gamma")]);
    await store.close();
  });

  it("show prints the cleaned text, and --removed each removed span with its rule", async () => {
    expect((await sourced(t.dir, ["--db", db(), "show", "gamma"])).stdout).toBe("Clean text of gamma.\n");
    const r = await sourced(t.dir, ["--db", db(), "show", "gamma", "--removed"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split("\n")).toEqual(['0-7\tboilerplate/header\t"HEADER\\n"', '30-52\tcomments/reader\t"Great \\"post\\"\\nthanks"']);
  });

  it("show names a missing document in one line", async () => {
    const r = await sourced(t.dir, ["--db", db(), "show", "nope"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("sourced: no document 'nope'\n");
  });

  it("docs --format json lists metadata and event counts", async () => {
    const r = await sourced(t.dir, ["--db", db(), "docs", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        id: "gamma",
        version: 1,
        title: "Title of gamma",
        outlet: "Daily Example",
        url: "https://example.org/gamma",
        published: "2025-01-09",
        publishedRule: "html-meta",
        format: "text",
        lang: null, // stored without a language (a document stored before detection reads the same)
        chars: 20,
        events: 1,
      },
    ]);
    const table = (await sourced(t.dir, ["--db", db(), "docs"])).stdout;
    expect(table).toMatch(/^id\s+version\s+published\s+rule\s+lang\s+outlet\s+title\s+chars\s+events/);
    expect(table).toContain("html-meta");
  });

  it("a missing database is one line, not a new empty file", async () => {
    const r = await sourced(t.dir, ["--db", "absent.db", "docs"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^sourced: absent\.db: no such database/);
    expect(existsSync(join(t.dir, "absent.db"))).toBe(false);
  });

  it("a file that is not a database is one line", async () => {
    write(t.dir, "notdb.db", "just some text, not sqlite at all ".repeat(200));
    const r = await sourced(t.dir, ["--db", "notdb.db", "docs"]);
    expect(r.code).toBe(1);
    expect(stderrLines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^sourced: notdb\.db: cannot open/);
    expect(readFileSync(join(t.dir, "notdb.db"), "utf8").startsWith("just some text")).toBe(true);
  });
});

describe("help", () => {
  it("every command has a one-line description and an example", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const top = await sourced(dir, ["--help"]);
      expect(top.code).toBe(0);
      const commands = [...top.stdout.slice(top.stdout.indexOf("Commands:")).matchAll(/^\s{2}([a-z][a-z-]*)\b/gm)]
        .map((m) => m[1]!)
        .filter((c) => c !== "help");
      for (const mine of ["ingest", "extract", "events", "docs", "show", "demo"]) expect(commands).toContain(mine);
      // four at a time: each is a whole start-up of the command line
      const helps = new Map<string, Awaited<ReturnType<typeof sourced>>>();
      for (let i = 0; i < commands.length; i += 4)
        for (const [cmd, r] of await Promise.all(commands.slice(i, i + 4).map(async (c) => [c, await sourced(dir, [c, "--help"])] as const))) helps.set(cmd, r);
      for (const cmd of commands) {
        const r = helps.get(cmd)!;
        expect(r.code, cmd).toBe(0);
        expect(r.stdout, cmd).toMatch(new RegExp(`^Usage: sourced ${cmd}\\b.*\\n\\n\\S.*\\n`));
        expect(r.stdout, cmd).toMatch(/Examples?:\n\s+\$ (\S+=\S+ )?sourced /);
      }
    } finally {
      cleanup();
    }
  });
});

describe("first use", () => {
  it("prints the version, and a usage error as one line that points to the command's help", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const v = await sourced(dir, ["--version"]);
      expect(v.code).toBe(0);
      expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
      const bad = await sourced(dir, ["ingest", "--no-such-option", "x"]);
      expect(bad.code).toBe(1);
      expect(bad.stderr.trimEnd().split("\n")).toEqual(["sourced: unknown option '--no-such-option' (see `sourced ingest --help`)"]);
      expect(bad.stdout).toBe("");
    } finally {
      cleanup();
    }
  });
});
