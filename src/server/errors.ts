// One error type for the HTTP layer, rendered by one handler as JSON
// `{ error, message }` with its status. Nothing else reaches the client:
// unexpected errors become a 500 with a generic message, never a stack.

import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { ZodError } from "zod";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export const badRequest = (message: string) => new HttpError(400, "bad_request", message);
export const notFound = (message: string) => new HttpError(404, "not_found", message);

/** Turns a zod failure into one readable line: "limit: must be at most 500". */
export function describeZodError(err: ZodError): string {
  return err.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}

/** Status codes fastify attaches to its own errors that we pass through. */
const CODES: Record<number, string> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  413: "payload_too_large",
  415: "unsupported_media_type",
  429: "too_many_requests",
};

export function renderError(err: unknown): { status: number; body: { error: string; message: string } } {
  if (err instanceof HttpError) return { status: err.status, body: { error: err.code, message: err.message } };
  if (err instanceof ZodError) return { status: 400, body: { error: "bad_request", message: describeZodError(err) } };
  const fe = err as Partial<FastifyError>;
  const status = typeof fe?.statusCode === "number" ? fe.statusCode : 500;
  if (status >= 400 && status < 500) {
    // fastify's own client errors (bad JSON, body too large, wrong content type):
    // their messages name the problem and carry no internals.
    return { status, body: { error: CODES[status] ?? "bad_request", message: String(fe.message ?? "bad request") } };
  }
  return { status: 500, body: { error: "internal", message: "internal server error" } };
}

export function errorHandler(this: unknown, err: unknown, req: FastifyRequest, reply: FastifyReply): void {
  const { status, body } = renderError(err);
  if (status >= 500) req.log.error({ err }, "request failed");
  void reply.code(status).type("application/json; charset=utf-8").send(body);
}
