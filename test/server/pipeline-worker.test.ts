// The HTTP API runs reading, cleaning and extraction in a worker thread: the
// server's event loop keeps turning while a heavy article is processed.

import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, expect, it } from "vitest";
import { assertBuilt, ROOT } from "../cli/helpers.js";

beforeAll(assertBuilt);

it("processes an article off the event loop, and says why an unreadable one is refused", async () => {
  const file = join(ROOT, "dist", "server", "pipeline-worker.js");
  expect(existsSync(join(ROOT, "dist", "server", "pipeline-thread.js"))).toBe(true);
  const { createPipelineRunner } = (await import(pathToFileURL(file).href)) as typeof import("../../src/server/pipeline-worker.js");
  const runner = createPipelineRunner();
  try {
    const sentence = "Around 40 detainees were moved from a prison in Mosul to Baghdad on Tuesday, officials said. ";
    const body = { id: "heavy", text: sentence.repeat(3000), published: "2025-03-06" };
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const cleaned = await runner.prepare(body);
    const events = await runner.extract(cleaned);
    clearInterval(timer);
    expect(cleaned.meta.id).toBe("heavy");
    expect(events.some((e) => e.type === "transfer")).toBe(true);
    // Our loop ran while the worker worked: had the job run here, no tick could have fired in between.
    expect(ticks).toBeGreaterThan(5);
    await expect(runner.prepare({ id: "empty", html: "<html><body><script>x()</script></body></html>" })).rejects.toMatchObject({ status: 422 });
  } finally {
    await runner.close();
  }
});
