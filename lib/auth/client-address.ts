// Which address a request comes from, for the sign-in and sign-up limits (lib/auth/throttle.ts).
//
// Neither next-auth's authorize() nor a server action sees the socket: only the request's headers. What `next start`
// (Next 16, node_modules/next/dist/server/base-server.js, handleRequestImpl) does with X-Forwarded-For is
//   req.headers['x-forwarded-for'] ??= originalRequest.socket.remoteAddress
// that is, it adds the socket's address only when the request has no such header, and passes a header the client
// sent through unchanged. So the rule is the right-most entry:
// - reached directly, a request without the header gets the socket's address (Next's own value);
// - behind a reverse proxy that appends the address it saw (nginx's $proxy_add_x_forwarded_for, Caddy, Traefik) or
//   replaces the header, the right-most entry is that proxy's view of the client: the one entry no client can choose.
//   Entries to its left are whatever the client wrote, so the left-most one (the usual "client IP") is never trusted.
// What this cannot do: when Rapport is reached directly (HOST set, no proxy), a client that sends its own
// X-Forwarded-For picks its address. `npm start` listens on 127.0.0.1 for that reason among others; open it to a
// network through a reverse proxy that sets the header.
import { isIP } from "node:net";

export type RequestHeaders = Headers | Record<string, string | string[] | undefined> | undefined;

/**
 * The address used for the limits, or "unknown" when the request carries none that parses. An IPv6 address counts
 * as its /64: one home or host is given a whole /64, and could otherwise take a fresh address for every attempt.
 */
export function clientAddress(headers: RequestHeaders): string {
  const forwardedFor = headerValue(headers, "x-forwarded-for");
  const rightMost = forwardedFor?.split(",").map((entry) => entry.trim()).filter(Boolean).at(-1);
  if (!rightMost) return "unknown";
  // A dual-stack socket reports IPv4 clients as ::ffff:a.b.c.d: the same client either way.
  const address = rightMost.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  switch (isIP(address)) {
    case 4:
      return address;
    case 6:
      return `${ipv6Groups(address).slice(0, 4).join(":")}::/64`;
    default:
      return "unknown";
  }
}

/** The eight groups of a valid IPv6 address, without leading zeros: "2001:db8::1" → 2001,db8,0,0,0,0,0,1. */
function ipv6Groups(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const groups = (part: string) => part.split(":").filter(Boolean).flatMap((group) =>
    // An IPv4 tail (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) is two groups.
    group.includes(".") ? ipv4Groups(group) : [group]);
  const [before, after] = [groups(head), tail === undefined ? [] : groups(tail)];
  const zeros = Array.from({ length: 8 - before.length - after.length }, () => "0");
  return [...before, ...zeros, ...after].map((group) => parseInt(group, 16).toString(16));
}

function ipv4Groups(address: string): string[] {
  const [a = 0, b = 0, c = 0, d = 0] = address.split(".").map(Number);
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}

function headerValue(headers: RequestHeaders, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  // Node joins repeated X-Forwarded-For headers with ", "; an array (a hand-built object) is joined the same way.
  return Array.isArray(value) ? value.join(", ") : value;
}
