import { INQUIRY_FIELDS, type FieldErrors, type InquiryField } from '@/lib/inquiries/fields'
import { validateInquiry } from '@/lib/inquiries/schema'
import { FORM_ID, STATUS_ID, SUMMARY_ID } from '../fieldIds'
import { notSentYet, readFields, recheckField } from '../formErrors'
import { readyToSend, SEND_FAILED_MESSAGE, sendThroughApi, sendThroughFormPost, thankYouPath } from './send'
import { errorsShown, focusFieldOfLink, showErrors } from './showErrors'

/**
 * The contact form's enhancement (built into public/scripts/contact-form.js; /contact carries no
 * framework runtime). Without it the form posts to the server action and works the same,
 * one page load per answer. With it:
 * - each field is checked with the server's own schema when the person leaves it, and its
 *   message goes as soon as it is right;
 * - a send with problems stops before anything leaves the browser: the summary takes focus
 *   and the live region says how many things need attention;
 * - a send sooner than the server's minimum fill time waits out the rest instead of being refused;
 * - the request goes through the API, then through the form's own post if that fails, and
 *   if both fail every typed value stays in place with one clear message.
 */

const SENDING = 'Sending your request…'
/** Used when the page was served without its per-visit values: the server's maximum. */
const DEFAULT_MIN_FILL_MS = 3000

/** The inquiry field an event came from, unless it came from elsewhere (the honeypot). */
function inquiryField(target: EventTarget | null): InquiryField | null {
  const name = (target as HTMLInputElement | null)?.name
  return INQUIRY_FIELDS.includes(name as InquiryField) ? (name as InquiryField) : null
}

function enhance(form: HTMLFormElement) {
  const minFill = Number(form.dataset.minFillMs)
  const minFillMs = Number.isFinite(minFill) && minFill >= 0 ? minFill : DEFAULT_MIN_FILL_MS
  const phone = form.dataset.clinicPhone ?? ''
  const status = document.getElementById(STATUS_ID)
  const summary = document.getElementById(SUMMARY_ID)
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')
  let tokenIssuedAt = Date.now()
  let shown: FieldErrors = errorsShown()
  let touched = new Set<InquiryField>()
  let busy = false

  function show(errors: FieldErrors) {
    shown = errors
    showErrors(errors)
  }

  function announce(text: string) {
    if (status) status.textContent = text
  }

  function setBusy(value: boolean) {
    busy = value
    if (!button) return
    button.textContent = value ? 'Sending…' : 'Send request'
    if (value) button.setAttribute('aria-disabled', 'true')
    else button.removeAttribute('aria-disabled')
  }

  /** Stops a send: shows the errors, says so and focuses the summary. */
  function stop(errors: FieldErrors) {
    setBusy(false)
    show(errors)
    announce(notSentYet(Object.keys(errors).length))
    summary?.focus()
  }

  function recheck(field: InquiryField) {
    show(recheckField(shown, field, validateInquiry(readFields(form)), touched))
  }

  // Hints appear once a field has been visited and left, or after a first attempt to send.
  form.addEventListener('focusout', (event) => {
    const field = inquiryField(event.target)
    if (!field) return
    touched.add(field)
    if ((event.target as HTMLInputElement).value !== '' || shown[field]) recheck(field)
  })

  // Errors disappear as soon as the field is right; new ones wait for the next blur.
  const onEdit = (event: Event) => {
    const field = inquiryField(event.target)
    if (!field || !shown[field]) return
    const result = validateInquiry(readFields(form))
    if (result.ok || !result.errors[field]) recheck(field)
  }
  form.addEventListener('input', onEdit)
  form.addEventListener('change', onEdit)

  form.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a')
    if (link && summary?.contains(link) && link.hash && focusFieldOfLink(link)) event.preventDefault()
  })

  async function send() {
    tokenIssuedAt = await readyToSend(form, tokenIssuedAt)
    // Sooner than the server's minimum fill time: wait the rest, then send, rather than be refused.
    const wait = tokenIssuedAt + minFillMs - Date.now()
    if (wait > 0) await new Promise((resolve) => window.setTimeout(resolve, wait + 50))
    const formData = new FormData(form)
    const answer = await sendThroughApi(formData)
    if (answer?.sent) return window.location.assign(thankYouPath(answer.reference))
    if (answer) return stop(answer.errors)
    const thanked = await sendThroughFormPost(formData)
    if (thanked) return window.location.assign(thanked)
    stop({ form: SEND_FAILED_MESSAGE(phone) })
  }

  // The form never posts itself while the script runs: it sends as above.
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    if (busy) return
    const result = validateInquiry(readFields(form))
    if (!result.ok) {
      touched = new Set(INQUIRY_FIELDS)
      stop(result.errors)
      return
    }
    show({})
    announce(SENDING)
    setBusy(true)
    // Nothing in send() should throw; if something does, the form is not left stuck on "Sending…".
    send().catch(() => stop({ form: SEND_FAILED_MESSAGE(phone) }))
  })
}

const form = document.getElementById(FORM_ID)
if (form instanceof HTMLFormElement) enhance(form)
