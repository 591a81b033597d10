export { handleRevalidationWebhook } from './handleWebhook'
