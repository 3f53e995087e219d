/**
 * The page's Content-Security-Policy, one list for every response: helmet sends it (server/src/http/app.ts), and
 * the embed route sends it again with the frame-ancestors its administrator allows (embedRoute.ts).
 */
export const CONTENT_POLICY = {
  defaultSrc: ["'self'"],
  // Cytoscape and React set inline styles; no inline scripts are allowed.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
};

/** The policy as a header value, with `frame-ancestors` set to `ancestors` ('none' when empty). */
export function policyWithFrameAncestors(ancestors: readonly string[]): string {
  const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const directives = Object.entries(CONTENT_POLICY).map(([key, values]) => `${kebab(key)} ${values.join(' ')}`);
  directives.push(`frame-ancestors ${ancestors.length > 0 ? ancestors.join(' ') : "'none'"}`);
  directives.push("base-uri 'self'", "object-src 'none'");
  return directives.join('; ');
}
