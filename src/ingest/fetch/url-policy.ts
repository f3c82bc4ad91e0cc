// Which URLs a fetch may reach. Only http: and https:; the host is resolved
// once, every address it resolves to is checked against the blocked ranges
// (blocked-ranges.ts), and the connection then goes to an address that was
// checked, never through a second lookup that a rebinding name could answer
// differently. A host named in the allow-list (`--allow-host`,
// SOURCED_ALLOW_HOSTS) is reached whatever its addresses: a user's way to a
// named internal host, on purpose.

import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { BLOCKED_IPV4, BLOCKED_IPV6, type BlockedRange } from "./blocked-ranges.js";

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address a host name resolves to. */
export type Resolver = (host: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (host) => {
  const found = await lookup(host, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

export interface UrlPolicy {
  /** Host names (or address literals) reached whatever they resolve to; lower case, no brackets. */
  allowHosts: ReadonlySet<string>;
  resolve: Resolver;
}

/** The policy from `--allow-host` values and the SOURCED_ALLOW_HOSTS variable (comma or space separated). */
export function makePolicy(allowHosts: readonly string[] = [], env: string | undefined = process.env.SOURCED_ALLOW_HOSTS, resolve = systemResolver): UrlPolicy {
  const all = [...allowHosts, ...(env ?? "").split(/[\s,]+/)].map(normalizeHost).filter((h) => h !== "");
  return { allowHosts: new Set(all), resolve };
}

/** "[::1]" → "::1", "Example.ORG." → "example.org". */
export function normalizeHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/\.$/, "");
}

/** A URL that passed the policy, with the address to connect to. */
export interface CheckedUrl {
  url: URL;
  /** The host as the URL names it (no brackets): for the Host header and TLS. */
  host: string;
  /** The checked address the connection must go to. */
  address: string;
  family: 4 | 6;
}

export type UrlCheck = { ok: true; target: CheckedUrl } | { ok: false; problem: string };

/** A reason to refuse an address, or null when it is a public unicast address. */
export function blockedReason(address: string): string | null {
  const bare = address.replace(/%.*$/, ""); // a zone index ("fe80::1%eth0") names an interface, not an address
  const family = isIP(bare);
  if (family === 4) return matchRange(bare, "ipv4", IPV4_LISTS);
  if (family !== 6) return "not an IP address";
  const embedded = embeddedIpv4(bare);
  if (embedded) {
    const inner = matchRange(embedded.address, "ipv4", IPV4_LISTS);
    return inner ? `${inner} (${embedded.form} ${embedded.address})` : null;
  }
  return matchRange(bare, "ipv6", IPV6_LISTS);
}

/** Parses, checks the scheme, resolves and checks every address. Never throws. */
export async function checkUrl(input: string | URL, policy: UrlPolicy): Promise<UrlCheck> {
  let url: URL;
  try {
    url = typeof input === "string" ? new URL(input) : input;
  } catch {
    return { ok: false, problem: "not a valid URL" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { ok: false, problem: `refused: only http: and https: URLs are fetched, not ${url.protocol}` };
  }
  const host = normalizeHost(url.hostname);
  if (host === "") return { ok: false, problem: "the URL names no host" };
  const allowed = policy.allowHosts.has(host);
  let addresses: ResolvedAddress[];
  const literal = isIP(host);
  if (literal) addresses = [{ address: host, family: literal === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await policy.resolve(host);
    } catch (err) {
      const code = (err as { code?: string }).code;
      return { ok: false, problem: `cannot resolve ${host}${code ? ` (${code})` : ""}` };
    }
    if (addresses.length === 0) return { ok: false, problem: `cannot resolve ${host} (no addresses)` };
  }
  if (!allowed) {
    // Every answer is checked: a name that mixes a public address with a private one is refused.
    for (const a of addresses) {
      const reason = blockedReason(a.address);
      if (reason) {
        const resolved = literal ? `${a.address} is` : `${host} resolves to ${a.address},`;
        return { ok: false, problem: `refused: ${resolved} ${reason} (pass --allow-host ${host} to reach it on purpose)` };
      }
    }
  }
  const first = addresses[0]!;
  return { ok: true, target: { url, host, address: first.address, family: first.family } };
}

// ------------------------------------------------------------ the ranges

type Lists = { range: BlockedRange; list: BlockList }[];

function lists(ranges: readonly BlockedRange[], type: "ipv4" | "ipv6"): Lists {
  return ranges.map((range) => {
    const [net, bits] = range.cidr.split("/");
    const list = new BlockList();
    list.addSubnet(net!, Number(bits), type);
    return { range, list };
  });
}

const IPV4_LISTS = lists(BLOCKED_IPV4, "ipv4");
const IPV6_LISTS = lists(BLOCKED_IPV6, "ipv6");

function matchRange(address: string, type: "ipv4" | "ipv6", ranges: Lists): string | null {
  for (const { range, list } of ranges) if (list.check(address, type)) return `${range.what}, in ${range.cidr}`;
  return null;
}

/**
 * The IPv4 address an IPv6 address carries, for the forms that reach an
 * IPv4 host: IPv4-mapped (::ffff:0:0/96), IPv4-compatible (::/96, past ::1),
 * NAT64 (64:ff9b::/96) and 6to4 (2002::/16).
 */
export function embeddedIpv4(address: string): { form: string; address: string } | null {
  const w = ipv6Words(address);
  if (!w) return null;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zeros = (from: number, to: number) => w.slice(from, to).every((x) => x === 0);
  if (zeros(0, 5) && w[5] === 0xffff) return { form: "IPv4-mapped", address: v4(w[6]!, w[7]!) };
  if (zeros(0, 6) && (w[6] !== 0 || w[7]! > 1)) return { form: "IPv4-compatible", address: v4(w[6]!, w[7]!) };
  if (w[0] === 0x64 && w[1] === 0xff9b && zeros(2, 6)) return { form: "NAT64", address: v4(w[6]!, w[7]!) };
  if (w[0] === 0x2002) return { form: "6to4", address: v4(w[1]!, w[2]!) };
  return null;
}

/** The eight 16-bit words of an IPv6 address (dotted IPv4 tail allowed), or null. */
export function ipv6Words(address: string): number[] | null {
  if (isIP(address) !== 6) return null;
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const b = dotted[1]!.split(".").map(Number);
    text = `${text.slice(0, dotted.index)}${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const parse = (s: string | undefined) => (s ? s.split(":").map((h) => Number.parseInt(h, 16)) : []);
  const a = parse(head);
  const b = parse(tail);
  const fill = tail === undefined ? 0 : 8 - a.length - b.length;
  return [...a, ...new Array<number>(fill).fill(0), ...b];
}
