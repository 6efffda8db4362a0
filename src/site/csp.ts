/**
 * The site's Content-Security-Policy: its own files only, no script at all (the
 * pages need none), no inline style, nothing sent elsewhere. It is set in every
 * page's <meta>, and, for hosts that read it, with the directives a <meta> cannot
 * carry, in public/_headers (checked against this by a test).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/** What only a response header can say: no framing by other sites. */
export const HEADER_ONLY = "frame-ancestors 'none'";
