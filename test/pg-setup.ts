// Vitest global setup: a throw-away PostgreSQL cluster for the tests that run
// on both engines (scripts/pg-test-cluster.mjs), its URL provided to them as
// `pgUrl`. SOURCED_TEST_PG_URL names a server to use instead (its user must
// be allowed to create databases). Without PostgreSQL, CI (CI=true) fails
// here; elsewhere the PostgreSQL tests are skipped with a message.

import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** A database URL on a server where the tests may create databases; "" when there is none. */
    pgUrl: string;
    /** Why there is no PostgreSQL, when there is none. */
    pgMissing: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const given = process.env.SOURCED_TEST_PG_URL;
  if (given) {
    project.provide("pgUrl", given);
    project.provide("pgMissing", "");
    return undefined;
  }
  // @ts-expect-error: a plain script of the repository, without type declarations
  const { startCluster } = (await import("../scripts/pg-test-cluster.mjs")) as {
    startCluster: () => Promise<{ url: string; stop: () => void }>;
  };
  try {
    const cluster = await startCluster();
    project.provide("pgUrl", cluster.url);
    project.provide("pgMissing", "");
    return () => cluster.stop();
  } catch (err) {
    const why = (err as Error).message;
    if (process.env.CI === "true" || process.env.CI === "1") throw new Error(`PostgreSQL is required in CI: ${why}`);
    process.stderr.write(`PostgreSQL tests skipped: ${why}\n`);
    project.provide("pgUrl", "");
    project.provide("pgMissing", why);
    return undefined;
  }
}
