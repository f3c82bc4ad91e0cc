// Write endpoints need `Authorization: Bearer <token>`; with no token set at
// start, writes are disabled altogether.

import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { HttpError } from "./errors.js";

const digest = (s: string) => createHash("sha256").update(s).digest();

export function requireToken(token: string | undefined) {
  const expected = token ? digest(token) : null;
  return async (req: FastifyRequest): Promise<void> => {
    if (!expected) throw new HttpError(403, "forbidden", "writes are disabled: start the server with a token");
    const header = req.headers.authorization ?? "";
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) throw new HttpError(401, "unauthorized", "missing 'Authorization: Bearer <token>' header");
    if (!timingSafeEqual(digest(m[1]), expected)) throw new HttpError(403, "forbidden", "invalid token");
  };
}
