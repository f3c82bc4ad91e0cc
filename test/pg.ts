// For tests that run on PostgreSQL: the cluster of test/pg-setup.ts, and a
// fresh database on it for each store.

import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

export const PG_URL = inject("pgUrl");
export const PG_MISSING = inject("pgMissing");

/** Creates an empty database on the test server and returns its URL. */
export async function freshDatabase(prefix = "t"): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  return u.toString();
}
