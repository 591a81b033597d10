/**
 * Request body limits, in one place because next.config.ts (the server action's own limit) and
 * the proxy (which refuses larger page posts before Next.js reads them) must agree. No imports:
 * next.config.ts loads this file.
 */

/** A contact-form post is a few KB (its fields and the previous form state). */
export const PAGE_POST_MAX_BYTES = 64 * 1024
