/** Something staff sent that the inbox refuses; the message says what to change and is safe to show. */
export class InboxInputError extends Error {
  override name = 'InboxInputError'
  constructor(
    message: string,
    /** The form field the message is about, for aria-describedby. */
    readonly field: string | null = null,
  ) {
    super(message)
  }
}

/** The inquiry does not exist (any more): deleted on request, purged by retention, or never was. */
export class InboxNotFoundError extends Error {
  override name = 'InboxNotFoundError'
}

/** The actor's role does not allow this (the guard refuses first; the service checks again). */
export class InboxForbiddenError extends Error {
  override name = 'InboxForbiddenError'
}
