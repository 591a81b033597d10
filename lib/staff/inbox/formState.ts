/** What a staff form shows after its action ran: a message for the live region, and the field it is about. */
export type InboxFormState = { outcome: 'idle' | 'ok' | 'error'; message: string | null; field: string | null }

export const IDLE_FORM_STATE: InboxFormState = { outcome: 'idle', message: null, field: null }

export const formOk = (message: string): InboxFormState => ({ outcome: 'ok', message, field: null })
export const formError = (message: string, field: string | null = null): InboxFormState => ({ outcome: 'error', message, field })
