// The security headers every response carries. Pure, so next.config.ts (static headers), proxy.ts
// (the per-request Content-Security-Policy) and their tests share one definition.

/** Headers that never change; next.config.ts sends them on every path (read at build time). */
export function staticSecurityHeaders(): { key: string; value: string }[] {
  return [
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    // Older browsers' spelling of frame-ancestors 'none'.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  ];
}

/**
 * HSTS only where the app is served over HTTPS (NEXTAUTH_URL, read per request so a changed .env
 * needs no rebuild): over plain HTTP browsers ignore it, and on localhost it would pin every other
 * local project to HTTPS for two years.
 */
export function strictTransportSecurity(appUrl: string | undefined): string | null {
  return isHttps(appUrl) ? "max-age=63072000; includeSubDomains" : null;
}

export function isHttps(appUrl: string | undefined): boolean {
  return appUrl?.startsWith("https://") ?? false;
}

/**
 * A nonce-based policy: only scripts carrying this request's nonce run (Next.js adds it to its
 * own scripts when it finds the policy on the request), and what they load ('strict-dynamic').
 * No eval and no inline script, except in `next dev`, whose hot reload needs eval. Inline styles
 * stay allowed: React and Radix position menus and popovers with style attributes.
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** 128 random bits, base64: unguessable, and a valid CSP nonce-source. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
