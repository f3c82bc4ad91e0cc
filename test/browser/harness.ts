// Launches Debian's Chromium (headless, no network beyond the page's server)
// and records what a page does wrong: console errors, page errors, dialogs,
// and requests to anything but its own server.

import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";

export const CHROMIUM = process.env.SOURCED_CHROMIUM ?? "/usr/bin/chromium";
// Outside CI a machine without Chromium skips the browser tests;
// in CI, where .ci/run installs it, a missing browser is a failure.
export const hasChromium = existsSync(CHROMIUM) || process.env.CI === "true";

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

export interface Watch {
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  foreignRequests: string[];
}

/** Records misbehaviour of a page; requests off `origin` are aborted and recorded. */
export async function watch(page: Page, origin: string): Promise<Watch> {
  const w: Watch = { consoleErrors: [], pageErrors: [], dialogs: [], foreignRequests: [] };
  page.on("console", (m) => {
    if (m.type() === "error") w.consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => w.pageErrors.push(String(e)));
  page.on("dialog", (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  const base = new URL(origin).origin;
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith("data:")) return route.continue();
    w.foreignRequests.push(url);
    return route.abort();
  });
  return w;
}

/** Builds the page (web/) into `outDir` with its own vite configuration; returns `outDir`. */
export async function buildPage(outDir: string): Promise<string> {
  await build({ configFile: resolve("web/vite.config.ts"), root: resolve("web"), logLevel: "error", build: { outDir, emptyOutDir: true } });
  return outDir;
}
