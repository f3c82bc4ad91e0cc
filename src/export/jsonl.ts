// One JSON record a line, in the field order of the format.

import type { EventRecord } from "../types.js";

export function toJsonl(records: Iterable<EventRecord>): string {
  let out = "";
  for (const r of records) out += `${JSON.stringify(r)}\n`;
  return out;
}
