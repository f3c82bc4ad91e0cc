// openStore(location): the store for a location. A postgres:// URL selects
// the PostgreSQL backend; anything else is a SQLite file.

import type { Store } from "./store.js";
import { openSqliteStore } from "./sqlite/index.js";
import { isPostgresUrl, openPostgresStore } from "./postgres/index.js";

export type { Store, EventFilter, PutResult } from "./store.js";
export { isPostgresUrl, openPostgresStore, openSqliteStore };

export function openStore(location: string): Store {
  return isPostgresUrl(location) ? openPostgresStore(location) : openSqliteStore(location);
}
