/**
 * The site's Content-Security-Policy: its own files only. Scripts only from the
 * site's own files (the search box, sortable tables and filters, which every page
 * reads fully without), never inline; no inline style; the search index fetched
 * from the site itself; the search form goes to the site's own A–Z page. It is set in every
 * page's <meta>, and, for hosts that read it, with the directives a <meta> cannot
 * carry, in public/_headers (checked against this by a test).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

/** What only a response header can say: no framing by other sites. */
export const HEADER_ONLY = "frame-ancestors 'none'";
