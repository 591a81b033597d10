import 'server-only'

/**
 * The contact pipeline, in one folder: validate (schema.ts) -> store durably and encrypted
 * (store/, record.ts, keys.ts) -> acknowledge -> notify staff through the outbox (delivery/).
 * Pages and routes use only what is exported here.
 */
export { inquiryConfig, parseInquiryConfig, type InquiryConfig } from './config'
export { handleContactForm, newContactFormState, THANK_YOU_PATH, type FormSubmissionResult } from './formSubmission'
export type { ContactFormState, ContactFormValues } from './formState'
export { handleContactGet, handleContactPost } from './http'
export { isReference } from './reference'
export { submitInquiry, pipelineDeps, type Submission, type SubmissionOutcome } from './submit'
export { startInquiryServices } from './startup'
