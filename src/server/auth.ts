// Write endpoints need `Authorization: Bearer <token>`. There may be several
// tokens, each with a name; the name of the token a write came with is what
// the review history records as its author. With no token set at start,
// writes are disabled altogether. The single `token` of earlier
// configurations is one token named "default".

import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { HttpError } from "./errors.js";

/** A named API token. */
export interface ApiToken {
  /** Who writes with it (letters, digits, . _ - @, at most 64). */
  name: string;
  token: string;
}

/** The name given to a token configured alone, without a name. */
export const DEFAULT_TOKEN_NAME = "default";

const NAME = /^[\p{L}\p{N}._@-]{1,64}$/u;
/** Shortest token accepted from a list of named tokens. */
export const MIN_TOKEN_LENGTH = 8;

const digest = (s: string) => createHash("sha256").update(s).digest();

/**
 * Named tokens from text: one `name:token` per line or comma-separated
 * (lines starting with # are comments), or the one-line problem.
 */
export function parseTokens(text: string, where: string): { ok: true; tokens: ApiToken[] } | { ok: false; problem: string } {
  const tokens: ApiToken[] = [];
  const items = text
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
  for (const [i, item] of items.entries()) {
    const at = item.indexOf(":");
    const name = at > 0 ? item.slice(0, at).trim() : "";
    const token = at > 0 ? item.slice(at + 1).trim() : "";
    if (!NAME.test(name)) return { ok: false, problem: `${where}: entry ${i + 1} has no valid name (name:token; letters, digits, . _ - @)` };
    if (token.length < MIN_TOKEN_LENGTH || /\s/.test(token)) {
      return { ok: false, problem: `${where}: the token of '${name}' must be at least ${MIN_TOKEN_LENGTH} characters, without spaces` };
    }
    if (tokens.some((t) => t.name === name)) return { ok: false, problem: `${where}: '${name}' is named twice` };
    if (tokens.some((t) => t.token === token)) return { ok: false, problem: `${where}: '${name}' has the same token as another name` };
    tokens.push({ name, token });
  }
  return { ok: true, tokens };
}

/** The tokens of a configuration: the named ones, and a single unnamed one as "default". */
export function tokenList(opts: { token?: string; tokens?: readonly ApiToken[] }): ApiToken[] {
  const out = [...(opts.tokens ?? [])];
  if (opts.token) out.push({ name: DEFAULT_TOKEN_NAME, token: opts.token });
  return out;
}

declare module "fastify" {
  interface FastifyRequest {
    /** The name of the token a write came with (set by requireToken). */
    tokenName?: string;
  }
}

export function requireToken(tokens: readonly ApiToken[]) {
  const expected = tokens.map((t) => ({ name: t.name, hash: digest(t.token) }));
  return async (req: FastifyRequest): Promise<void> => {
    if (expected.length === 0) throw new HttpError(403, "forbidden", "writes are disabled: start the server with a token");
    const header = req.headers.authorization ?? "";
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) throw new HttpError(401, "unauthorized", "missing 'Authorization: Bearer <token>' header");
    const given = digest(m[1]);
    // every token compared, in constant time each, so that timing tells nothing of which one nearly matched
    let found: string | undefined;
    for (const t of expected) if (timingSafeEqual(given, t.hash) && found === undefined) found = t.name;
    if (found === undefined) throw new HttpError(403, "forbidden", "invalid token");
    req.tokenName = found;
  };
}

/** The name of the token the request was let in with. */
export function authorOf(req: FastifyRequest): string {
  return req.tokenName ?? DEFAULT_TOKEN_NAME;
}
