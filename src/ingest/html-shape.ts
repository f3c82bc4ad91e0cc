// The shape of an HTML page, measured by one linear scan of the markup before
// any parser sees it: how deep its elements nest, how many elements and
// attributes it has. Parsing and Readability cost grows faster than linearly
// with nesting depth (each element's ancestors and each ancestor's subtree
// are walked again and again), so a page past these bounds is refused rather
// than parsed. The bounds are on shape, not on time, so the outcome is the
// same on any machine. Real news pages nest well under 100 deep and hold a
// few thousand elements and attributes; the bounds leave a wide margin above
// that while keeping the worst page within them to seconds.
//
// The scan follows the parser's rules where they change the depth: void
// elements (<br>, <img>) never open, raw-text elements (<script>, <style>)
// hold no markup, an opening tag closes the elements it implies (<p> closes
// an open <p>, <li> an open <li>), a closing tag closes everything opened
// since its opening tag, and "/>" closes an element only inside <svg> or <math>.

/** Deepest nesting of elements accepted. */
export const MAX_HTML_DEPTH = 128;
/** Most elements in one page. */
export const MAX_HTML_ELEMENTS = 50_000;
/**
 * Most nesting in all: the depths of all the elements added up (each element
 * counted once for every element it is inside). It bounds deep and large
 * together: 2,000 elements 128 deep, or 50,000 elements 5 deep.
 */
export const MAX_HTML_DEPTH_TOTAL = 250_000;
/** Most attributes in one page, all elements together. */
export const MAX_HTML_ATTRIBUTES = 100_000;
/** Most attributes on one element. */
export const MAX_ATTRIBUTES_PER_ELEMENT = 256;
/** Largest page, in bytes as read. */
export const MAX_HTML_BYTES = 8 * 1024 * 1024;

export interface HtmlShape {
  depth: number;
  elements: number;
  attributes: number;
  /** The most attributes on one element. */
  attributesPerElement: number;
  /** The depths of all elements added up: what a reader that walks each element's ancestors or subtree pays. */
  depthTotal: number;
}

const VOID = new Set([
  "area",
  "base",
  "basefont",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "isindex",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);
const RAW_TEXT = new Set(["script", "style", "title", "textarea", "xmp"]);
const FOREIGN = new Set(["svg", "math"]);

const P = new Set(["p"]);
const FORM = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
const DDT = new Set(["dd", "dt"]);
const RTP = new Set(["rt", "rp"]);
const SECTION = new Set(["thead", "tbody"]);
/** Opening tag → the open elements it closes first (the parser's table). */
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["li", new Set(["li"])],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", DDT],
  ["dt", DDT],
  ["rt", RTP],
  ["rp", RTP],
  ["tbody", SECTION],
  ["tfoot", SECTION],
  ...["select", "input", "output", "button", "datalist", "textarea"].map((t) => [t, FORM] as [string, ReadonlySet<string>]),
  ...[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "hr",
    "main",
    "nav",
    "ol",
    "pre",
    "section",
    "table",
    "ul",
  ].map((t) => [t, P] as [string, ReadonlySet<string>]),
]);

/** Lower case for ASCII letters only: the text keeps its length, so offsets in one are offsets in the other. */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

/**
 * Measures the page in one pass. Every step moves forward through the text,
 * and every element is opened and closed at most once, so the cost is linear
 * in the length of the markup whatever its shape.
 */
export function measureHtml(html: string): HtmlShape {
  const lower = asciiLower(html);
  const n = html.length;
  const stack: string[] = [];
  /** Open elements by name, so that a closing tag with no opening is skipped without a search. */
  const open = new Map<string, number>();
  let foreign = 0;
  const shape: HtmlShape = { depth: 0, elements: 0, attributes: 0, attributesPerElement: 0, depthTotal: 0 };

  const pop = () => {
    const name = stack.pop()!;
    open.set(name, open.get(name)! - 1);
    if (FOREIGN.has(name)) foreign--;
  };
  const push = (name: string) => {
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) foreign++;
    if (stack.length > shape.depth) shape.depth = stack.length;
    shape.depthTotal += stack.length;
  };

  let i = 0;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    i = lt + 1;
    const c = html.charCodeAt(i);
    if (c === 33 /* ! */) {
      // A comment runs to "-->"; a doctype or CDATA section to the next ">".
      const end = html.startsWith("!--", i) ? html.indexOf("-->", i + 3) : html.indexOf(">", i);
      i = end < 0 ? n : end + 1;
      continue;
    }
    if (c === 63 /* ? */) {
      const end = html.indexOf(">", i);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const closing = c === 47; /* / */
    let j = closing ? i + 1 : i;
    if (!isLetter(html.charCodeAt(j))) {
      if (closing) {
        const end = html.indexOf(">", j);
        i = end < 0 ? n : end + 1;
      }
      continue; // "<" in text
    }
    const nameStart = j;
    while (j < n && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== 47 && html.charCodeAt(j) !== 62) j++;
    const name = lower.slice(nameStart, j);

    // Attributes, up to the ">" that ends the tag (a quoted value may hold ">").
    let attrs = 0;
    let selfClosing = false;
    while (j < n) {
      const ch = html.charCodeAt(j);
      if (ch === 62 /* > */) break;
      if (isSpace(ch)) {
        j++;
        continue;
      }
      if (ch === 47 /* / */) {
        selfClosing = html.charCodeAt(j + 1) === 62;
        j++;
        continue;
      }
      attrs++;
      while (j < n && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== 61 && html.charCodeAt(j) !== 62 && html.charCodeAt(j) !== 47) j++;
      while (j < n && isSpace(html.charCodeAt(j))) j++;
      if (html.charCodeAt(j) !== 61 /* = */) continue;
      j++;
      while (j < n && isSpace(html.charCodeAt(j))) j++;
      const q = html.charCodeAt(j);
      if (q === 34 || q === 39) {
        const end = html.indexOf(q === 34 ? '"' : "'", j + 1);
        j = end < 0 ? n : end + 1;
      } else while (j < n && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== 62) j++;
    }
    i = j + 1;

    if (closing) {
      if (VOID.has(name) || !open.get(name)) continue;
      while (stack.length && stack[stack.length - 1] !== name) pop();
      pop();
      continue;
    }
    shape.elements++;
    shape.attributes += attrs;
    if (attrs > shape.attributesPerElement) shape.attributesPerElement = attrs;
    const implied = IMPLIES_CLOSE.get(name);
    if (implied) while (stack.length && implied.has(stack[stack.length - 1]!)) pop();
    if (VOID.has(name)) continue;
    if (selfClosing && foreign > 0) continue;
    push(name);
    if (RAW_TEXT.has(name)) {
      // No markup inside: skip to the closing tag.
      const end = lower.indexOf(`</${name}`, i);
      if (end < 0) break;
      i = end;
    }
  }
  return shape;
}

/** The first bound the page is past, as one line, or null when it is within them all. */
export function htmlShapeProblem(html: string, bytes: number): string | null {
  if (bytes > MAX_HTML_BYTES) return `HTML is ${megabytes(bytes)} (the limit is ${megabytes(MAX_HTML_BYTES)})`;
  const s = measureHtml(html);
  if (s.depth > MAX_HTML_DEPTH) return `HTML nested ${count(s.depth)} deep (the limit is ${count(MAX_HTML_DEPTH)})`;
  if (s.elements > MAX_HTML_ELEMENTS) return `HTML has ${count(s.elements)} elements (the limit is ${count(MAX_HTML_ELEMENTS)})`;
  if (s.depthTotal > MAX_HTML_DEPTH_TOTAL)
    return `HTML nests its ${count(s.elements)} elements ${count(s.depthTotal)} levels deep in all (the limit is ${count(MAX_HTML_DEPTH_TOTAL)})`;
  if (s.attributesPerElement > MAX_ATTRIBUTES_PER_ELEMENT)
    return `HTML element with ${count(s.attributesPerElement)} attributes (the limit is ${count(MAX_ATTRIBUTES_PER_ELEMENT)})`;
  if (s.attributes > MAX_HTML_ATTRIBUTES) return `HTML has ${count(s.attributes)} attributes (the limit is ${count(MAX_HTML_ATTRIBUTES)})`;
  return null;
}

function count(n: number): string {
  return n.toLocaleString("en-US");
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}
