// A CSV reader for tests: no CSV parsing library is installed, so the exports
// are read back with this small RFC 4180 reader, which refuses what a strict
// parser would (stray quotes, unterminated fields, ragged rows).

/** An RFC 4180 reader (quoted fields, doubled quotes, CRLF or LF line ends), for reading the export back. */
export function readCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || (c === "\r" && text[i + 1] === "\n")) {
      if (c === "\r") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (c === '"') throw new Error(`stray quote at ${i}`);
    else field += c;
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (field || row.length) rows.push([...row, field]);
  const [head, ...body] = rows;
  for (const r of body) if (r.length !== head!.length) throw new Error(`row of ${r.length} fields under ${head!.length} columns`);
  return body.map((r) => Object.fromEntries(head!.map((h, k) => [h, r[k]!])));
}
