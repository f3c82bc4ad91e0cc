// Generated hostile input for the ingest fuzz test: a seeded generator, so a
// failure is replayed by its seed, and builders that each make one kind of
// trouble. Articles are made from sentences written for these tests.

import { zipBytes } from "./cli/hostile-inputs.js";

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Gen {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  bytes(n: number): Buffer {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = Math.floor(this.next() * 256);
    return b;
  }
}

const TOWNS = ["Hasakah", "Qamishli", "Mosul", "Kirkuk", "Raqqa", "Deir ez-Zor", "Erbil", "Tikrit"];
const OPENERS = ["Local officials said", "A police spokesman said", "Residents told reporters", "The provincial council said"];

/** A short English news article: every one is stored, and its language read as English. */
export function article(g: Gen, n: number): string {
  const town = g.pick(TOWNS);
  const count = g.int(3, 400);
  const lines = [
    `Report number ${n} from ${town}`,
    "",
    `${g.pick(OPENERS)} on ${g.pick(["Monday", "Tuesday", "Friday"])} that ${count} people had been moved from a camp near ${town} to new shelters, and that the move was finished before dark.`,
    "",
    `They said the families were given food and blankets, and that the road to the town would stay open for the rest of the week while the work went on.`,
  ];
  if (g.chance(0.5))
    lines.push("", `It was the ${g.pick(["first", "second", "third"])} such move this year, according to the council, which gave no further details.`);
  return `${lines.join("\n")}\n`;
}

export function articleHtml(g: Gen, n: number): string {
  const [title, , ...rest] = article(g, n).split("\n");
  const paras = rest.filter((l) => l.trim()).map((l) => `<p>${l}</p>`);
  return `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="Fuzz Courier"></head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${paras.join("\n")}</article><footer>All rights reserved.</footer></body></html>`;
}

const TAGS = [
  "div",
  "p",
  "span",
  "section",
  "article",
  "b",
  "i",
  "a",
  "ul",
  "li",
  "table",
  "tr",
  "td",
  "svg",
  "math",
  "script",
  "style",
  "title",
  "textarea",
  "br",
  "img",
  "template",
  "noscript",
  "iframe",
];

/** Markup soup: random tags, open and closed out of order, stray brackets, quotes, comments and entities. */
export function soup(g: Gen, parts: number): string {
  const out: string[] = [];
  for (let i = 0; i < parts; i++) {
    const t = g.pick(TAGS);
    switch (g.int(0, 11)) {
      case 0:
        out.push(`<${t}${g.chance(0.5) ? ` class="${g.pick(["a", 'b"', "'", "<", ">"])}"` : ""}>`);
        break;
      case 1:
        out.push(`</${t}>`);
        break;
      case 2:
        out.push(g.pick(["<!--", "-->", "<!doctype html>", "<![CDATA[", "]]>", "<?xml?>", "</", "<", ">", "&amp;", "&#x110000;", "&#0;", "&nbsp", "\u0000"]));
        break;
      case 3:
        out.push(`<${t}/>`);
        break;
      default:
        out.push(g.pick(["The council met.", "Forty people were moved to Mosul.", "نقل المحتجزين", "Привет", "🙂", "\u202e", "e\u0301", " ", "\n", "\t"]));
    }
  }
  return out.join("");
}

export interface Hostile {
  name: string;
  bytes: Buffer;
}

/** One hostile file of a kind chosen by the generator. */
export function hostile(g: Gen, n: number): Hostile {
  const id = `h${String(n).padStart(5, "0")}`;
  const text = () => article(g, n);
  switch (g.int(0, 16)) {
    case 0:
      return { name: `${id}-random.txt`, bytes: g.bytes(g.int(0, 2048)) };
    case 1: {
      // Invalid UTF-8: lone continuation bytes, overlong forms and cut sequences inside an article.
      const b = Buffer.from(text());
      for (let k = g.int(1, 8); k > 0; k--) b[g.int(0, b.length - 1)] = g.pick([0x80, 0xbf, 0xc0, 0xc1, 0xe2, 0xf5, 0xff]);
      return { name: `${id}-invalid-utf8.txt`, bytes: b };
    }
    case 2: {
      const le = Buffer.from(text(), "utf16le");
      const be = Buffer.from(le).swap16();
      const variant = g.int(0, 3);
      const bytes = [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), Buffer.concat([Buffer.from([0xfe, 0xff]), be]), le, be][variant]!;
      return { name: `${id}-utf16-${["le-bom", "be-bom", "le", "be"][variant]}.${g.pick(["txt", "html"])}`, bytes };
    }
    case 3: {
      const b = Buffer.from(text());
      for (let k = g.int(1, 4); k > 0; k--) b[g.int(0, b.length - 1)] = 0;
      return { name: `${id}-nul.txt`, bytes: b };
    }
    case 4:
      return { name: `${id}-long-line.txt`, bytes: Buffer.from(`${text()}${"x".repeat(g.int(1_000, 20_000))}\n`) };
    case 5: {
      const depth = g.int(129, 20_000);
      const tag = g.pick(["div", "span", "b", "section", "font"]);
      return {
        name: `${id}-nested.html`,
        bytes: Buffer.from(`<html><body>${`<${tag}>`.repeat(depth)}Deep text.${`</${tag}>`.repeat(g.int(0, depth))}</body></html>`),
      };
    }
    case 6: {
      const attrs = Array.from({ length: g.int(257, 3_000) }, (_, k) => `data-k${k}="${k}"`).join(" ");
      return { name: `${id}-attributes.html`, bytes: Buffer.from(`<html><body><p ${attrs}>Text.</p></body></html>`) };
    }
    case 7:
      return { name: `${id}-archive.html`, bytes: zipBytes("story.txt", text()) };
    case 8:
      return { name: `${id}-plain.html`, bytes: Buffer.from(text()) };
    case 9:
      return { name: `${id}-soup.html`, bytes: Buffer.from(soup(g, g.int(1, 400))) };
    case 10:
      return {
        name: `${id}-soup-in-page.html`,
        bytes: Buffer.from(`<html><body><article>${soup(g, g.int(1, 200))}${articleHtml(g, n)}</article></body></html>`),
      };
    case 11:
      return { name: `${id}-ws.txt`, bytes: Buffer.from(g.pick(["", " ", "\n\n\t", "\ufeff", "\u00a0\u2003"])) };
    case 12: {
      // Unicode oddities: right-to-left marks, combining letters, emoji, scripts mixed in one line.
      const words = ["Mosul", "الموصل", "Мосул", "모술", "🙂", "e\u0301", "\u200b", "\u202e", "\ufffd"];
      return { name: `${id}-unicode.txt`, bytes: Buffer.from(Array.from({ length: g.int(1, 300) }, () => g.pick(words)).join(g.pick([" ", "", "\n"]))) };
    }
    case 13:
      return { name: `${id}-control.txt`, bytes: Buffer.from(Array.from({ length: g.int(20, 400) }, () => String.fromCharCode(g.int(1, 31))).join("")) };
    case 14:
      return {
        name: `${id}-script.html`,
        bytes: Buffer.from(`<html><body>${"<script>var a = '<div>';".repeat(g.int(1, 3_000))}<p>Text after scripts.</p></body></html>`),
      };
    case 15:
      return { name: `${id}-noext`, bytes: g.chance(0.5) ? Buffer.from(text()) : g.bytes(64) };
    default:
      return { name: `${id}-${g.pick(["data.json", "photo.jpg", "notes.md", "feed.xml", "page.php"])}`, bytes: g.bytes(g.int(0, 256)) };
  }
}
