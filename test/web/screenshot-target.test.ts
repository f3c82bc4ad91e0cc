// `npm run screenshots` leaves the tracked docs/*.png alone unless asked.

import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(".");
type Target = { dir: string | null; help?: boolean; error?: string };
const load = async () => (await import(join(root, "scripts/screenshot-target.mjs") as string)) as { screenshotTarget(argv: string[], root: string): Target };

describe("screenshots' target", () => {
  it("writes to a new temporary directory unless --update", async () => {
    const { screenshotTarget } = await load();
    expect(screenshotTarget([], root)).toEqual({ dir: null });
    expect(screenshotTarget(["--update"], root)).toEqual({ dir: join(root, "docs") });
    expect(screenshotTarget(["--updat"], root).error).toMatch(/unknown argument --updat/);
  });

  it("says so in its help, and refuses an unknown flag in one line", () => {
    const help = spawnSync(process.execPath, ["scripts/screenshots.mjs", "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/temporary directory/);
    expect(help.stdout).toMatch(/--update/);
    const bad = spawnSync(process.execPath, ["scripts/screenshots.mjs", "--force"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });
});
