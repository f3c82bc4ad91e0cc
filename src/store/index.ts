// openStore(path): the store for a location. A postgres:// URL selects the
// PostgreSQL backend when it exists; anything else is a SQLite file.

import type { Store } from "./store.js";
import { openSqliteStore } from "./sqlite/index.js";

export type { Store, EventFilter, PutResult } from "./store.js";
export { openSqliteStore };

export function openStore(path: string): Store {
  if (/^postgres(ql)?:\/\//.test(path)) {
    throw new Error(`PostgreSQL store not available in this build: ${path.replace(/\/\/[^@/]*@/, "//***@")}`);
  }
  return openSqliteStore(path);
}
