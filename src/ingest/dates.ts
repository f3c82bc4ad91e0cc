// Dates given by metadata (manifest fields, meta tags, JSON-LD): the
// calendar date as written, never shifted to another time zone.

/** "2025-03-04", "2025-03-04T22:10:00+03:00", "2025/03/04" → "2025-03-04"; anything else → null. */
export function normalizeDate(value: string): string | null {
  const m = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1) return null;
  return `${m[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
