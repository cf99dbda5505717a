import type { Context, MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import { NONCE, secureHeaders } from 'hono/secure-headers';

/** True when the reader reached us over HTTPS (directly or through a TLS-terminating proxy). */
export function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

/**
 * Form posts must come from our own pages: the browser's Origin (or Sec-Fetch-Site) must match
 * the host the request was sent to. Compared by host so a TLS-terminating proxy does not break it.
 */
export const sameOriginPosts = csrf({
  origin: (origin, c) => {
    try {
      const host = c.req.header('x-forwarded-host') ?? c.req.header('host') ?? new URL(c.req.url).host;
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  },
});

/** The card checkout page, the only page that may load Stripe.js and talk to Stripe. */
export const CHECKOUT_PAGE = /^\/deals\/[^/]+\/milestones\/[^/]+\/checkout$/;
/** Stripe's documented CSP sources for Stripe.js and the Payment Element (3-D Secure frames included). */
const STRIPE_SOURCES = {
  script: ['https://js.stripe.com', 'https://*.js.stripe.com'],
  frame: ['https://js.stripe.com', 'https://*.js.stripe.com', 'https://hooks.stripe.com'],
  connect: ['https://api.stripe.com'],
};
const selfAnd = (sources: string[]) => (c: Context) =>
  CHECKOUT_PAGE.test(c.req.path) ? ["'self'", ...sources].join(' ') : "'self'";

/** No inline script at all; inline style only through the nonce (the tenant's colours). */
export const pageHeaders: MiddlewareHandler = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: [selfAnd(STRIPE_SOURCES.script)],
    styleSrc: ["'self'", NONCE],
    imgSrc: ["'self'", 'data:', 'https:'],
    fontSrc: ["'self'"],
    connectSrc: [selfAnd(STRIPE_SOURCES.connect)],
    frameSrc: [selfAnd(STRIPE_SOURCES.frame)],
    formAction: ["'self'"],
    frameAncestors: ["'self'"],
    baseUri: ["'self'"],
    objectSrc: ["'none'"],
  },
  referrerPolicy: 'strict-origin-when-cross-origin',
});
