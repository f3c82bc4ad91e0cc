#!/usr/bin/env node
// npm run screenshots: serves the example corpus (ingested through the
// pipeline into a temp database) and saves PNGs of the page's main views
// into a new temporary directory, which it names; `npm run screenshots --
// --update` writes them over the tracked ones in docs/ instead. When
// ../shared/seeds exists, a second server on those articles gives views
// without their text (timeline, map, series only), and when the real-article
// corpus is cached (eval/real/cache), the series chart of one real story.
// Needs `npm run build` first and Chromium (/usr/bin/chromium or SOURCED_CHROMIUM).

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { screenshotTarget } = await import("./screenshot-target.mjs");
const target = screenshotTarget(process.argv.slice(2), root);
if (target.error) {
  console.error(`screenshots: ${target.error}`);
  process.exit(2);
}
if (target.help) {
  console.log(
    "usage: npm run screenshots [-- --update]\n  writes the page's screenshots to a new temporary directory;\n  --update writes them over docs/*.png",
  );
  process.exit(0);
}
const need = [join(root, "dist/server/index.js"), join(root, "web/dist/index.html")];
for (const f of need) {
  if (!existsSync(f)) {
    console.error(`screenshots: ${f.slice(root.length + 1)} is missing: run \`npm run build\` first`);
    process.exit(1);
  }
}
const chromiumPath = process.env.SOURCED_CHROMIUM ?? "/usr/bin/chromium";
if (!existsSync(chromiumPath)) {
  console.error(`screenshots: no Chromium at ${chromiumPath} (apt-get install chromium, or set SOURCED_CHROMIUM)`);
  process.exit(1);
}

const { openStore } = await import(join(root, "dist/store/index.js"));
const { runIngest } = await import(join(root, "dist/cli/ingest-run.js"));
const { runReconciliation } = await import(join(root, "dist/reconcile/index.js"));
const { startServer } = await import(join(root, "dist/server/index.js"));
const { chromium } = await import("playwright-core");

const outDir = target.dir ?? mkdtempSync(join(tmpdir(), "sourced-screenshots-"));
const shown = (file) => (target.dir ? `docs/${file}` : join(outDir, file));
console.log(`screenshots: writing to ${target.dir ? "docs/ (--update)" : outDir}`);
const tmp = mkdtempSync(join(tmpdir(), "sourced-shots-"));
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

async function serve(name, paths) {
  const store = openStore(join(tmp, `${name}.db`));
  const summary = await runIngest(store, paths, { progress: false });
  await runReconciliation(store);
  const server = await startServer({ store, port: 0 });
  console.log(`${name}: ${summary.inserted} documents, ${summary.events} events, serving ${server.url}`);
  return { server, store };
}

async function open(url, viewport) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.route("**/*", (route) => (route.request().url().startsWith(new URL(url).origin) ? route.continue() : route.abort()));
  await page.goto(url);
  await page.waitForSelector("body.ready", { timeout: 30_000 });
  await page.waitForTimeout(200);
  return { page, errors };
}

async function shot(page, file, opts = {}) {
  await page.screenshot({ path: join(outDir, file), ...opts });
  console.log(`  ${shown(file)}`);
}

const desk = { width: 1280, height: 800 };
let failed = false;

// The example corpus: every view.
{
  const { server, store } = await serve("examples", [join(root, "examples/corpus")]);
  const { page, errors } = await open(server.url, desk);
  await shot(page, "overview.png");
  // The reader: the biggest transfer, its sentence highlighted.
  const row = page.locator("#events button.row.t-transfer").first();
  if (await row.count()) {
    await row.click();
    await page.waitForTimeout(300);
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  await shot(page, "reader.png");
  await page.locator("#tab-series").click();
  await page.waitForTimeout(100);
  await shot(page, "series.png");
  // A facility: its control band, population chart and events (a taller window, so the panel shows them all).
  await page.setViewportSize({ width: desk.width, height: 1500 });
  await page.locator("#tab-facilities").click();
  const camp = page.locator('#facilities button.facility-item[data-facility="fac-al-hol"]');
  if (await camp.count()) await camp.click();
  await page.waitForTimeout(100);
  await page.locator(".views-panel").screenshot({ path: join(outDir, "facilities.png") });
  console.log(`  ${shown("facilities.png")}`);
  await page.setViewportSize(desk);
  await page.locator("#tab-map").click();
  const typeBefore = await page.locator("#f-type option").count();
  if (typeBefore > 1) {
    await page.goto(`${server.url}?type=transfer`);
    await page.waitForSelector("body.ready");
    await page.waitForTimeout(200);
    await shot(page, "filtered-transfers.png");
  }
  const phone = await open(server.url, { width: 390, height: 844 });
  await shot(phone.page, "phone.png");
  for (const [label, errs] of [
    ["desktop", errors],
    ["phone", phone.errors],
  ]) {
    if (errs.length) {
      failed = true;
      console.error(`examples (${label}): console errors:\n  ${errs.join("\n  ")}`);
    }
  }
  await phone.page.close();
  await page.close();
  await server.close();
  await store.close();
}

// The reader on an Arabic report (written for the tests): right to left, its evidence highlighted.
{
  const { server, store } = await serve("arabic", [join(root, "test/fixtures/lang/ar-transfer.txt")]);
  const { page, errors } = await open(`${server.url}?doc=ar-transfer`, desk);
  const row = page.locator("#events button.row").first();
  if (await row.count()) {
    await row.click();
    await page.waitForTimeout(300);
  }
  await page.locator(".reader-panel").screenshot({ path: join(outDir, "reader-arabic.png") });
  console.log(`  ${shown("reader-arabic.png")}`);
  if (errors.length) {
    failed = true;
    console.error(`arabic: console errors:\n  ${errors.join("\n  ")}`);
  }
  await page.close();
  await server.close();
  await store.close();
}

// The seed articles, when present: charts only (no article text in docs/).
const seeds = resolve(root, "..", "shared", "seeds");
if (existsSync(seeds)) {
  const { server, store } = await serve("seeds", [seeds]);
  const { page, errors } = await open(server.url, desk);
  await page.locator(".center").screenshot({ path: join(outDir, "seeds-timeline-map.png") });
  console.log(`  ${shown("seeds-timeline-map.png")}`);
  await page.locator("#tab-series").click();
  await page.locator(".views-panel").screenshot({ path: join(outDir, "seeds-series.png") });
  console.log(`  ${shown("seeds-series.png")}`);
  if (errors.length) {
    failed = true;
    console.error(`seeds: console errors:\n  ${errors.join("\n  ")}`);
  }
  await page.close();
  await server.close();
  await store.close();
}

// One real story of the real-article corpus (eval/real/), when its texts are cached: the series
// chart of a months-long deportation programme told in running totals by many outlets. The
// texts are not ours to publish, so only the chart panel is taken; without the cache this is skipped.
const REAL_STORY = "pakistan-afghan-deport";
{
  const { readManifest, checkCache } = await import("./real-corpus.mjs");
  const { ok } = checkCache(readManifest().filter((m) => m.story === REAL_STORY && m.split === "dev" && (m.lang ?? "en") === "en"));
  if (!ok.length) console.log(`real story: skipped (the cached texts of ${REAL_STORY} are absent; see eval/real/README.md)`);
  else {
    const { ingestCorpus } = await import("./eval-real.mjs");
    const { store } = await ingestCorpus(ok, mkdtempSync(join(tmp, "real-")));
    await runReconciliation(store);
    const server = await startServer({ store, port: 0 });
    console.log(`real story ${REAL_STORY}: ${ok.length} reports, serving ${server.url}`);
    const { page, errors } = await open(server.url, { width: desk.width, height: 1100 });
    await page.locator("#tab-series").click();
    await page.waitForTimeout(200);
    await page.locator(".views-panel").screenshot({ path: join(outDir, "series-real-story.png") });
    console.log(`  ${shown("series-real-story.png")}`);
    if (errors.length) {
      failed = true;
      console.error(`real story: console errors:\n  ${errors.join("\n  ")}`);
    }
    await page.close();
    await server.close();
    await store.close();
  }
}

await browser.close();
rmSync(tmp, { recursive: true, force: true });
console.log(`screenshots: written to ${target.dir ?? outDir}${target.dir ? "" : " (docs/ unchanged; --update replaces docs/*.png)"}`);
process.exit(failed ? 1 : 0);
