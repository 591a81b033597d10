'use client'

import { useRouter } from 'next/navigation'
import { useActionState, useEffect, useRef, useState, useTransition, type FocusEvent, type FormEvent } from 'react'
import {
  BEST_TIME_LABELS,
  BEST_TIMES,
  CONTACT_METHOD_LABELS,
  CONTACT_METHODS,
  FOR_WHOM,
  FOR_WHOM_LABELS,
  INQUIRY_FIELDS,
  LIMITS,
  META_FIELDS,
  type FieldErrors,
  type InquiryField,
} from '@/lib/inquiries/fields'
import type { ContactFormState } from '@/lib/inquiries/formState'
import { validateInquiry } from '@/lib/inquiries/schema'
import styles from './ContactForm.module.css'
import { failedState, redirectTarget, SEND_FAILED_MESSAGE, sendThroughApi, thankYouPath } from './sendFallback'

export type ContactFormProps = {
  action: (previous: ContactFormState, formData: FormData) => Promise<ContactFormState>
  initialState: ContactFormState
  /** The server's minimum fill time: with JavaScript, an early press waits instead of being refused. */
  minFillMs: number
  privacyHref: string
  clinicName: string
  /** Shown in the message when sending fails, so a family can always call instead. */
  clinicPhone: string
}

const fieldId = (field: InquiryField) => `contact-${field}`
const errorId = (field: InquiryField | 'form') => `contact-${field}-error`
const hintId = (field: InquiryField) => `contact-${field}-hint`

/** Where the error summary's link for each field leads (the first option of a group). */
const FIRST_CONTROL: Record<InquiryField, string> = {
  name: fieldId('name'),
  phone: fieldId('phone'),
  email: fieldId('email'),
  preferredContact: `${fieldId('preferredContact')}-${CONTACT_METHODS[0]}`,
  voicemailOk: `${fieldId('voicemailOk')}-yes`,
  bestTime: `${fieldId('bestTime')}-${BEST_TIMES[0]}`,
  forWhom: `${fieldId('forWhom')}-${FOR_WHOM[0]}`,
  message: fieldId('message'),
  consent: fieldId('consent'),
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ')
  return list || undefined
}

function readFields(form: HTMLFormElement): Record<string, string> {
  const data = new FormData(form)
  const fields: Record<string, string> = {}
  for (const field of INQUIRY_FIELDS) {
    const value = data.get(field)
    if (typeof value === 'string') fields[field] = value
  }
  return fields
}

function FieldError({ field, message }: { field: InquiryField; message?: string }) {
  if (!message) return null
  return (
    <p id={errorId(field)} className={styles.fieldError}>
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  )
}

/**
 * The contact form. Rendered on the server, it is a plain HTML form that posts to a server
 * action and works without JavaScript. When JavaScript runs, it checks each field with the
 * same schema the server uses, shows hints as the person goes, moves focus to the error
 * summary, announces progress in a live region and sends without a full page reload.
 */
export function ContactForm({ action, initialState, minFillMs, privacyHref, clinicName, clinicPhone }: ContactFormProps) {
  // Without JavaScript the form posts to the server action and its answer arrives here.
  const [serverState, formAction] = useActionState(action, initialState)
  // With JavaScript the form calls the action itself, so a failure of the call can be caught
  // (useActionState would hand it to the error boundary, which replaces the whole form).
  const [clientState, setClientState] = useState<ContactFormState | null>(null)
  const [pending, startSending] = useTransition()
  const state = clientState ?? serverState
  const router = useRouter()

  async function send(formData: FormData) {
    try {
      setClientState(await action(state, formData))
    } catch (error) {
      // Success redirects, which reaches a direct call as a rejection carrying the address.
      const target = redirectTarget(error)
      if (target) return router.push(target)
      const fallback = await sendThroughApi(formData)
      if (fallback?.sent) return router.push(thankYouPath(fallback.reference))
      setClientState(failedState(state, formData, fallback?.errors ?? { form: SEND_FAILED_MESSAGE(clinicPhone) }))
    }
  }
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null)
  const [touched, setTouched] = useState<Set<InquiryField>>(() => new Set())
  const [announcement, setAnnouncement] = useState('')
  const [waiting, setWaiting] = useState(false)
  const [summaryFocusRequest, setSummaryFocusRequest] = useState(0)
  const formRef = useRef<HTMLFormElement>(null)
  const summaryRef = useRef<HTMLDivElement>(null)
  const mountedAt = useRef(0)
  // A ref, not state: the delayed requestSubmit() below runs before React re-renders.
  const waitingRef = useRef(false)
  const lastAttempt = useRef(state.attempt)

  useEffect(() => {
    mountedAt.current = Date.now()
  }, [])

  // The server answered (an error; success navigates away): show its errors and move focus to them.
  useEffect(() => {
    if (state.attempt === lastAttempt.current) return
    lastAttempt.current = state.attempt
    setClientErrors(null)
    const count = Object.keys(state.errors).length
    setAnnouncement(
      count === 0 ? '' : `Your request has not been sent yet. ${count === 1 ? 'One thing needs' : `${count} things need`} your attention.`,
    )
    setSummaryFocusRequest((n) => n + 1)
  }, [state])

  useEffect(() => {
    if (summaryFocusRequest > 0) summaryRef.current?.focus()
  }, [summaryFocusRequest])

  useEffect(() => {
    if (pending) setAnnouncement('Sending your request…')
  }, [pending])

  const errors: FieldErrors = clientErrors ?? state.errors
  const errorEntries = (Object.entries(errors) as [InquiryField | 'form', string][]).sort(
    ([a], [b]) => (a === 'form' ? -1 : INQUIRY_FIELDS.indexOf(a as InquiryField)) - (b === 'form' ? -1 : INQUIRY_FIELDS.indexOf(b as InquiryField)),
  )
  const values = state.values
  const busy = pending || waiting

  function validateField(field: InquiryField) {
    const form = formRef.current
    if (!form) return
    const result = validateInquiry(readFields(form))
    const message = result.ok ? undefined : result.errors[field]
    setClientErrors((current) => {
      const next: FieldErrors = { ...(current ?? state.errors) }
      if (message) next[field] = message
      else delete next[field]
      // Cross-field rules: giving a phone number also settles "phone or email".
      if (field === 'phone' || field === 'email' || field === 'preferredContact') {
        for (const related of ['phone', 'email'] as const) {
          const relatedMessage = result.ok ? undefined : result.errors[related]
          if (relatedMessage && touched.has(related)) next[related] = relatedMessage
          else if (!relatedMessage) delete next[related]
        }
      }
      delete next.form
      return next
    })
  }

  function onBlur(event: FocusEvent<HTMLFormElement>) {
    const name = (event.target as unknown as HTMLInputElement).name as InquiryField
    if (!INQUIRY_FIELDS.includes(name)) return
    setTouched((current) => new Set(current).add(name))
    // Hints appear once a field has been visited and left, or after a first attempt to send.
    const value = (event.target as unknown as HTMLInputElement).value
    if (value !== '' || errors[name]) validateField(name)
  }

  function onChange(event: FormEvent<HTMLFormElement>) {
    const name = (event.target as unknown as HTMLInputElement).name as InquiryField
    // Errors disappear as soon as the field is right; new ones wait for the next blur.
    if (errors[name]) {
      const result = validateInquiry(readFields(event.currentTarget))
      if (result.ok || !result.errors[name]) validateField(name)
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (pending || waitingRef.current) {
      event.preventDefault()
      return
    }
    const result = validateInquiry(readFields(event.currentTarget))
    if (!result.ok) {
      event.preventDefault()
      const count = Object.keys(result.errors).length
      setClientErrors(result.errors)
      setTouched(new Set(INQUIRY_FIELDS))
      setAnnouncement(`Your request has not been sent yet. ${count === 1 ? 'One thing needs' : `${count} things need`} your attention.`)
      setSummaryFocusRequest((n) => n + 1)
      return
    }
    setClientErrors({})
    const remaining = mountedAt.current + minFillMs - Date.now()
    if (remaining > 0) {
      // Faster than the server's minimum fill time: wait the rest, then send, rather than be refused.
      event.preventDefault()
      waitingRef.current = true
      setWaiting(true)
      setAnnouncement('Sending your request…')
      const form = event.currentTarget
      window.setTimeout(() => {
        waitingRef.current = false
        setWaiting(false)
        form.requestSubmit()
      }, remaining + 50)
      return
    }
    event.preventDefault()
    const formData = new FormData(event.currentTarget)
    startSending(() => send(formData))
  }

  const invalid = (field: InquiryField) => (errors[field] ? true : undefined)

  const radioGroup = <T extends string>(
    field: InquiryField,
    legend: string,
    options: readonly T[],
    labels: Record<T, string>,
    hint?: string,
  ) => (
    <fieldset
      className={`${styles.field} ${styles.group}`}
      aria-describedby={describedBy(hint && hintId(field), errors[field] && errorId(field))}
    >
      <legend className={styles.label}>{legend}</legend>
      {hint ? (
        <p id={hintId(field)} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      <FieldError field={field} message={errors[field]} />
      <div className={styles.options}>
        {options.map((option) => (
          <div className={styles.option} key={option}>
            <input
              type="radio"
              id={`${fieldId(field)}-${option}`}
              name={field}
              value={option}
              defaultChecked={values[field] === option}
              aria-invalid={invalid(field)}
            />
            <label htmlFor={`${fieldId(field)}-${option}`}>{labels[option]}</label>
          </div>
        ))}
      </div>
    </fieldset>
  )

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      onBlur={onBlur}
      onChange={onChange}
      noValidate
      className={styles.form}
      aria-describedby="contact-required-note"
    >
      {errorEntries.length > 0 ? (
        <div
          ref={summaryRef}
          className={styles.summary}
          tabIndex={-1}
          // After a full-page answer (no JavaScript) the browser focuses the summary itself.
          autoFocus={state.attempt > 0}
          role="group"
          aria-labelledby="contact-error-summary-title"
        >
          <h2 id="contact-error-summary-title" className={styles.summaryTitle}>
            {errorEntries.length === 1 && errorEntries[0][0] === 'form'
              ? 'Your request has not been sent yet'
              : `Please check ${errorEntries.length === 1 ? 'one thing' : `${errorEntries.length} things`} before sending`}
          </h2>
          <ul className={styles.summaryList}>
            {errorEntries.map(([field, message]) =>
              field === 'form' ? (
                <li key={field} id={errorId('form')}>
                  {message}
                </li>
              ) : (
                <li key={field}>
                  <a
                    href={`#${FIRST_CONTROL[field]}`}
                    onClick={(event) => {
                      const target = document.getElementById(FIRST_CONTROL[field])
                      if (!target) return
                      event.preventDefault()
                      target.focus()
                      target.closest('fieldset, div')?.scrollIntoView({ block: 'center' })
                    }}
                  >
                    {message}
                  </a>
                </li>
              ),
            )}
          </ul>
        </div>
      ) : null}

      <p id="contact-required-note" className={styles.note}>
        Fields marked <span aria-hidden="true">(optional)</span>
        <span className="visually-hidden">optional</span> can be left empty. Everything else helps us call you back.
      </p>

      <div className={styles.field}>
        <label htmlFor={fieldId('name')} className={styles.label}>
          Your name
        </label>
        <p id={hintId('name')} className={styles.hint}>
          A first name is fine.
        </p>
        <FieldError field="name" message={errors.name} />
        <input
          className={styles.input}
          id={fieldId('name')}
          name="name"
          type="text"
          autoComplete="name"
          autoCapitalize="words"
          spellCheck={false}
          defaultValue={values.name ?? ''}
          aria-invalid={invalid('name')}
          aria-describedby={describedBy(hintId('name'), errors.name && errorId('name'))}
        />
      </div>

      <fieldset className={`${styles.field} ${styles.group}`} aria-describedby={hintId('phone')}>
        <legend className={styles.label}>How can we reach you?</legend>
        <p id={hintId('phone')} className={styles.hint}>
          A phone number, an email address, or both.
        </p>
        <div className={styles.subfield}>
          <label htmlFor={fieldId('phone')} className={styles.sublabel}>
            Phone number
          </label>
          <FieldError field="phone" message={errors.phone} />
          <input
            className={styles.input}
            id={fieldId('phone')}
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            defaultValue={values.phone ?? ''}
            aria-invalid={invalid('phone')}
            aria-describedby={describedBy(errors.phone && errorId('phone'))}
          />
        </div>
        <div className={styles.subfield}>
          <label htmlFor={fieldId('email')} className={styles.sublabel}>
            Email address
          </label>
          <FieldError field="email" message={errors.email} />
          <input
            className={styles.input}
            id={fieldId('email')}
            name="email"
            type="email"
            inputMode="email"
            autoComplete="email"
            autoCapitalize="none"
            spellCheck={false}
            defaultValue={values.email ?? ''}
            aria-invalid={invalid('email')}
            aria-describedby={describedBy(errors.email && errorId('email'))}
          />
        </div>
      </fieldset>

      {radioGroup('preferredContact', 'How would you like us to get in touch? (optional)', CONTACT_METHODS, CONTACT_METHOD_LABELS)}

      {radioGroup(
        'voicemailOk',
        'Is it safe for us to leave a voicemail or text message? (optional)',
        ['yes', 'no'] as const,
        { yes: 'Yes, that is fine', no: 'No, please do not leave messages' },
        'If you are not sure, choose no. We will only speak to you.',
      )}

      {radioGroup('bestTime', 'When is the best time to call? (optional)', BEST_TIMES, BEST_TIME_LABELS, 'Pacific Time.')}

      {radioGroup('forWhom', 'Who needs help? (optional)', FOR_WHOM, FOR_WHOM_LABELS)}

      <div className={styles.field}>
        <label htmlFor={fieldId('message')} className={styles.label}>
          Anything you would like us to know (optional)
        </label>
        <p id={hintId('message')} className={styles.hint}>
          Please do not include medical details here. Our team will ask what they need when they call. Up to{' '}
          {LIMITS.messageMax.toLocaleString('en-US')} characters.
        </p>
        <FieldError field="message" message={errors.message} />
        <textarea
          className={`${styles.input} ${styles.textarea}`}
          id={fieldId('message')}
          name="message"
          rows={5}
          defaultValue={values.message ?? ''}
          aria-invalid={invalid('message')}
          aria-describedby={describedBy(hintId('message'), errors.message && errorId('message'))}
        />
      </div>

      <div className={styles.field}>
        <FieldError field="consent" message={errors.consent} />
        <div className={`${styles.option} ${styles.consent}`}>
          <input
            type="checkbox"
            id={fieldId('consent')}
            name="consent"
            value="yes"
            defaultChecked={values.consent === 'yes'}
            aria-invalid={invalid('consent')}
            aria-describedby={describedBy(errors.consent && errorId('consent'))}
          />
          <label htmlFor={fieldId('consent')}>
            I have read the <a href={privacyHref}>privacy notice</a> and agree that {clinicName} may contact me about this
            request.
          </label>
        </div>
      </div>

      {/* Hidden from everyone, assistive technology included; only bots fill it in. */}
      <div className={styles.trap} aria-hidden="true">
        <label htmlFor="contact-website">Leave this field empty</label>
        <input id="contact-website" name={META_FIELDS.honeypot} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <input type="hidden" name={META_FIELDS.formToken} value={state.formToken} readOnly />
      <input type="hidden" name={META_FIELDS.idempotencyKey} value={state.idempotencyKey} readOnly />

      <div className={styles.actions}>
        <button type="submit" className={`button ${styles.submit}`} aria-disabled={busy || undefined}>
          {busy ? 'Sending…' : 'Send request'}
        </button>
      </div>
      <p id="contact-status" role="status" aria-live="polite" className={styles.status}>
        {announcement}
      </p>
    </form>
  )
}
