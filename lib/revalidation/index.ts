export { handleRevalidationWebhook, type WebhookResult } from './handleWebhook'
export { tagsForChange, EVERYTHING, type DocumentChange } from './tagsForChange'
export { verifySanityWebhook, SIGNATURE_TOLERANCE_MS } from './verifyWebhook'
