import "server-only";

/** The size below which gzip costs more than it saves: the compression library's own default threshold. */
export const COMPRESS_MIN_BYTES = 1024;

type Init = { status?: number; headers?: Record<string, string> | Headers };

/**
 * A JSON answer. Next streams every response without a length, so its gzip step can't apply its 1 KiB threshold
 * and compresses even a 150-byte answer: about 0.2 ms of CPU on each side (issue 15's profile) for a body that comes
 * out no smaller. A small body therefore says `Cache-Control: no-transform`, which that step honours; a larger one
 * (the catalog, offers, a tenant) is still compressed for clients that ask. (We can't gzip here instead: Next drops
 * a route's Content-Encoding header and would compress the bytes again.)
 * A plain Response, not a NextResponse: no answer of ours sets cookies through it, and building one (its cookie jar,
 * its URL) cost 40 µs a request in the profile.
 */
export function jsonResponse(body: unknown, init: Init = {}, contentType = "application/json"): Response {
  return jsonTextResponse(JSON.stringify(body), init, contentType);
}

/** jsonResponse for an answer already serialized (a cached one): `text` must be the JSON of the answer. */
export function jsonTextResponse(text: string, init: Init = {}, contentType = "application/json"): Response {
  const headers = new Headers(init.headers);
  headers.set("content-type", contentType);
  // Characters, then bytes: a text of 1,024 characters or more is at least that many bytes.
  if (text.length < COMPRESS_MIN_BYTES && Buffer.byteLength(text) < COMPRESS_MIN_BYTES) {
    const cacheControl = headers.get("cache-control");
    headers.set("cache-control", cacheControl ? `${cacheControl}, no-transform` : "no-transform");
  }
  return new Response(text, { status: init.status ?? 200, headers });
}

/**
 * A serializer for values that are shared and never change (a frozen, cached result such as a tenant's offers): each
 * value's answer is kept as long as the value is, so asking again for the same value costs a lookup, not a stringify.
 */
export function serializedPer<T extends object>(toBody: (value: T) => unknown): (value: T) => string {
  const known = new WeakMap<T, string>();
  return (value) => {
    let text = known.get(value);
    if (text === undefined) {
      text = JSON.stringify(toBody(value));
      known.set(value, text);
    }
    return text;
  };
}
