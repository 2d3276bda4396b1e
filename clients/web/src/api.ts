// The one way the UI talks to SecureFlow: the generated Connect-ES clients over
// grpc-web, to the origin that served the page (API and UI share a port), with
// the signed-in user's access token on every call. No hand-written REST calls.

import { Code, ConnectError, createClient, type Client, type Interceptor } from "@connectrpc/connect";
import { createGrpcWebTransport } from "@connectrpc/connect-web";
import type { DescService } from "@bufbuild/protobuf";
import { BinaryReader, WireType } from "@bufbuild/protobuf/wire";

/** Where the current access token comes from (set by the auth provider). */
let tokenSource: () => string | undefined = () => undefined;
/** Called when the server says the token is no longer good (401). */
let onUnauthenticated: () => void = () => {};

/** Wires the token and the sign-out the auth provider owns. */
export function configureAuth(source: () => string | undefined, unauthenticated: () => void) {
  tokenSource = source;
  onUnauthenticated = unauthenticated;
}

const authorization: Interceptor = (next) => async (request) => {
  const token = tokenSource();
  if (token) {
    request.header.set("authorization", `Bearer ${token}`);
  }
  try {
    return await next(request);
  } catch (error) {
    if (ConnectError.from(error).code === Code.Unauthenticated && token) {
      onUnauthenticated();
    }
    throw error;
  }
};

const transport = createGrpcWebTransport({
  baseUrl: typeof window === "undefined" ? "http://127.0.0.1:8080" : window.location.origin,
  interceptors: [authorization],
});

const clients = new Map<string, unknown>();

/** The client of `service` (made once). */
export function client<T extends DescService>(service: T): Client<T> {
  let made = clients.get(service.typeName) as Client<T> | undefined;
  if (!made) {
    made = createClient(service, transport);
    clients.set(service.typeName, made);
  }
  return made;
}

/** A violation the server names: the field and what is wrong with it. */
export interface FieldProblem {
  field: string;
  description: string;
}

/** What an error means to a person: the message, and problems by field. */
export interface Explained {
  code: Code;
  message: string;
  fields: FieldProblem[];
}

/**
 * The field violations of a `google.rpc.BadRequest` detail, read from its wire
 * form (`repeated FieldViolation field_violations = 1`, each `string field = 1;
 * string description = 2`): the two fields the UI needs of a well-known
 * message the generated client does not carry.
 */
export function badRequestViolations(value: Uint8Array): FieldProblem[] {
  const violations: FieldProblem[] = [];
  const outer = new BinaryReader(value);
  while (outer.pos < outer.len) {
    const [number, wireType] = outer.tag();
    if (number !== 1 || wireType !== WireType.LengthDelimited) {
      outer.skip(wireType, number);
      continue;
    }
    const inner = new BinaryReader(outer.bytes());
    const violation: FieldProblem = { field: "", description: "" };
    while (inner.pos < inner.len) {
      const [field, type] = inner.tag();
      if (field === 1 && type === WireType.LengthDelimited) violation.field = inner.string();
      else if (field === 2 && type === WireType.LengthDelimited) violation.description = inner.string();
      else inner.skip(type, field);
    }
    violations.push(violation);
  }
  return violations;
}

/** Reads a ConnectError the way the UI shows it: each problem at the field the server names. */
export function explain(error: unknown): Explained {
  const connect = ConnectError.from(error);
  const fields: FieldProblem[] = [];
  for (const detail of connect.details) {
    if ("type" in detail && detail.type === "google.rpc.BadRequest") {
      try {
        fields.push(...badRequestViolations(detail.value));
      } catch {
        // A detail that does not decode: the message says the same.
      }
    }
  }
  if (fields.length === 0) {
    fields.push(...fieldsFromMessage(connect.rawMessage));
  }
  const message =
    connect.code === Code.PermissionDenied
      ? "You do not have permission to do this."
      : connect.code === Code.Unavailable
        ? "SecureFlow cannot be reached right now. Try again in a moment."
        : connect.rawMessage;
  return { code: connect.code, message, fields };
}

/**
 * The problems a refusal's message names, `invalid request: field: problem;
 * field: problem` or `invalid field: problem` (the services' wording).
 */
export function fieldsFromMessage(message: string): FieldProblem[] {
  const found: FieldProblem[] = [];
  const body = message.replace(/^invalid request:\s*/, "").replace(/^invalid\s+/, "");
  for (const part of body.split(/;\s+/)) {
    const match = /^([a-z_][a-z0-9_.[\]]*):\s+([\s\S]+)$/i.exec(part.trim());
    if (match) {
      found.push({ field: match[1], description: match[2] });
    }
  }
  return found;
}

/** The names of the list fields of a response type. */
type ListField<R> = { [K in keyof R]: R[K] extends readonly unknown[] ? K : never }[keyof R];

/**
 * Every page of a paged `List*` call as one response: `page(token)` asks for the
 * page `token` names ("" for the first), page after page until the server gives
 * no next page token, and the items of `field` are gathered in order. For the
 * directory and configuration lists a page names things from, which must not stop
 * at one page; lists a person reads through page by page use `usePages` instead.
 * Write the callback's parameter as `(pageToken: string)`: TypeScript then infers
 * the response type, and checks that `field` names one of its lists.
 */
export async function everyPage<R extends { nextPageToken: string }>(
  field: ListField<R>,
  page: (pageToken: string) => Promise<R>,
): Promise<R> {
  const first = await page("");
  const items = [...(first[field] as readonly unknown[])];
  let token = first.nextPageToken;
  while (token) {
    const next = await page(token);
    items.push(...(next[field] as readonly unknown[]));
    token = next.nextPageToken;
  }
  return { ...first, [field]: items, nextPageToken: "" };
}
