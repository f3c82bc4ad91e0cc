// The export stage: stored events out as exchange records.

import type { EventRecord } from "../types.js";
import { toCsv } from "./csv.js";
import { toJsonl } from "./jsonl.js";
import { eventsTable } from "./table.js";

export { checkRecord, toRecord, eventRecordSchema, RECORD_FIELDS, type RecordResult } from "./record.js";
export { toJsonl } from "./jsonl.js";
export { toCsv, csvField, csvLine, csvRow, CSV_BOM, CSV_COLUMNS, type CsvOptions } from "./csv.js";
export { formatTable, eventsTable, truncate } from "./table.js";

export const FORMATS = ["jsonl", "csv", "table"] as const;
export type Format = (typeof FORMATS)[number];

export function formatRecords(records: readonly EventRecord[], format: Format): string {
  switch (format) {
    case "jsonl":
      return toJsonl(records);
    case "csv":
      return toCsv(records);
    case "table":
      return eventsTable(records);
  }
}
