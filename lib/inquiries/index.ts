import 'server-only'

/**
 * The contact pipeline, in one folder: validate (schema.ts) -> store durably and encrypted
 * (store/, record.ts, keys.ts) -> acknowledge -> notify staff through the outbox (delivery/).
 * Pages and routes use only what is exported here.
 */
export { inquiryConfig } from './config'
export { handleContactForm, prerenderedContactFormState } from './formSubmission'
export type { ContactFormState } from './formState'
export { handleContactGet, handleContactPost } from './http'
export { isReference } from './reference'
