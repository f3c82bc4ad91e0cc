// For CSV opened in spreadsheets (Excel, LibreOffice): a UTF-8 byte order
// mark, without which Excel reads the file as the local code page
// ("TÃ¼rkiye"), and text cells that a spreadsheet would run as a formula
// (starting with =, +, -, @, a tab or a carriage return) prefixed with an
// apostrophe, so that they show as text. Numbers stay numbers.

export const UTF8_BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell safe to open in a spreadsheet. */
export function excelCell<T extends string | number | null | undefined>(value: T): T | string {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}
