// Bytes to text: UTF-8 when valid, else Windows-1252 (with a warning);
// binary content and empty files are problems, not documents.

export type Decoded = { ok: true; text: string; warnings: string[] } | { ok: false; problem: string };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const cp1252 = new TextDecoder("windows-1252");

/**
 * Windows-1252 characters at 0x80-0x9F. Runtimes without full ICU decode
 * "windows-1252" as Latin-1, leaving C1 control characters there.
 */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(buf: Buffer): string {
  return cp1252.decode(buf).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** Share of control characters (besides tab, newline, carriage return, form feed) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.1;
const SNIFF_BYTES = 8192;

export function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, SNIFF_BYTES);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control / n > MAX_CONTROL_SHARE;
}

/** UTF-16 text announced by its byte order mark (it would otherwise look binary: every other byte is NUL). */
function decodeUtf16(buf: Buffer): string | null {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder("utf-16le").decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(2));
    if (swapped.length % 2 === 0) swapped.swap16();
    return new TextDecoder("utf-16le").decode(swapped);
  }
  return null;
}

export function decodeBytes(buf: Buffer): Decoded {
  const utf16 = decodeUtf16(buf);
  if (utf16 !== null) {
    if (utf16.trim() === "") return { ok: false, problem: "file holds only whitespace" };
    return { ok: true, text: utf16, warnings: ["decoded as UTF-16"] };
  }
  if (looksBinary(buf)) return { ok: false, problem: "binary content (not a text, HTML or JSON Lines file)" };
  const warnings: string[] = [];
  let text: string;
  try {
    text = utf8.decode(buf);
  } catch {
    text = decodeWindows1252(buf);
    warnings.push("decoded as windows-1252 (not valid UTF-8)");
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") return { ok: false, problem: buf.length === 0 ? "empty file" : "file holds only whitespace" };
  return { ok: true, text, warnings };
}
