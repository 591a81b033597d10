'use client'

import { useActionState } from 'react'
import {
  BEST_TIME_LABELS,
  BEST_TIMES,
  CONTACT_METHOD_LABELS,
  CONTACT_METHODS,
  FOR_WHOM,
  FOR_WHOM_LABELS,
  LIMITS,
  META_FIELDS,
} from '@/lib/inquiries/fields'
import type { ContactFormState } from '@/lib/inquiries/formState'
import styles from './ContactForm.module.css'
import { ErrorSummary } from './ErrorSummary'
import { CONTACT_PAGE_PATH, FORM_ID, hintId, STATUS_ID } from './fieldIds'
import { CheckboxField } from './fields/CheckboxField'
import { RadioGroup } from './fields/RadioGroup'
import { TextAreaField, TextField } from './fields/TextField'
import { orderedErrors } from './formErrors'

export type ContactFormAction = (previous: ContactFormState, formData: FormData) => Promise<ContactFormState>

/** The form's own script: the enhancement below, without the framework (see the component's comment). */
const CONTACT_FORM_SCRIPT = '/scripts/contact-form.js'

export type ContactFormProps = {
  action: ContactFormAction
  initialState: ContactFormState
  /** The server's minimum fill time in ms (as text: on /contact, a value filled in per visit): an early press waits instead of being refused. */
  minFillMs: string
  privacyHref: string
  clinicName: string
  /** Shown in the message when sending fails, so a family can always call instead. */
  clinicPhone: string
  /** With CSP_CONTENT_PAGES=nonce, the request's nonce for the form's script (lib/security/renderPerRequest.ts). */
  scriptNonce?: string
}

/**
 * The contact form: a plain HTML form that posts to a server action and works without
 * JavaScript; the action's answer (errors, with every typed value kept) comes back as a new
 * page through `useActionState`.
 *
 * /contact is served without the framework's runtime (lib/cache/documentOnly.mjs), so the
 * enhancement is a small script of its own (components/contact-form/script, built into
 * public/scripts/contact-form.js): it checks each field with the same schema the server uses,
 * shows hints as the person goes, moves focus to the error summary, announces progress in the
 * live region, waits out the minimum fill time and sends without a page load, through
 * `POST /api/contact` and then the form's own post if that fails.
 */
export function ContactForm({ action, initialState, minFillMs, privacyHref, clinicName, clinicPhone, scriptNonce }: ContactFormProps) {
  // The permalink becomes the form's `action` attribute: without it React writes `action=""`,
  // which is invalid HTML (an action URL must be non-empty).
  const [state, formAction] = useActionState(action, initialState, CONTACT_PAGE_PATH)
  const values = state.values
  const errors = state.errors

  return (
    <>
      <script async src={CONTACT_FORM_SCRIPT} nonce={scriptNonce} />
      <form
        id={FORM_ID}
        action={formAction}
        noValidate
        className={styles.form}
        aria-describedby="contact-required-note"
        data-min-fill-ms={minFillMs}
        data-clinic-phone={clinicPhone}
      >
        <ErrorSummary entries={orderedErrors(errors)} autoFocus={state.attempt > 0} />

        <p id="contact-required-note" className={styles.note}>
          Fields marked <span aria-hidden="true">(optional)</span>
          <span className="visually-hidden">optional</span> can be left empty. Everything else helps us call you back.
        </p>

        <TextField
          field="name"
          label="Your name"
          hint="A first name is fine."
          error={errors.name}
          type="text"
          autoComplete="name"
          autoCapitalize="words"
          spellCheck={false}
          defaultValue={values.name}
        />

        <fieldset className={`${styles.field} ${styles.group}`} aria-describedby={hintId('phone')}>
          <legend className={styles.label}>How can we reach you?</legend>
          <p id={hintId('phone')} className={styles.hint}>
            A phone number, an email address, or both.
          </p>
          <TextField
            nested
            field="phone"
            label="Phone number"
            error={errors.phone}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            defaultValue={values.phone}
          />
          <TextField
            nested
            field="email"
            label="Email address"
            error={errors.email}
            type="email"
            inputMode="email"
            autoComplete="email"
            autoCapitalize="none"
            spellCheck={false}
            defaultValue={values.email}
          />
        </fieldset>

        <RadioGroup
          field="preferredContact"
          legend="How would you like us to get in touch? (optional)"
          options={CONTACT_METHODS}
          labels={CONTACT_METHOD_LABELS}
          error={errors.preferredContact}
          defaultValue={values.preferredContact}
        />

        <RadioGroup
          field="voicemailOk"
          legend="Is it safe for us to leave a voicemail or text message? (optional)"
          options={['yes', 'no'] as const}
          labels={{ yes: 'Yes, that is fine', no: 'No, please do not leave messages' }}
          hint="If you are not sure, choose no. We will only speak to you."
          error={errors.voicemailOk}
          defaultValue={values.voicemailOk}
        />

        <RadioGroup
          field="bestTime"
          legend="When is the best time to call? (optional)"
          options={BEST_TIMES}
          labels={BEST_TIME_LABELS}
          hint="Pacific Time."
          error={errors.bestTime}
          defaultValue={values.bestTime}
        />

        <RadioGroup
          field="forWhom"
          legend="Who needs help? (optional)"
          options={FOR_WHOM}
          labels={FOR_WHOM_LABELS}
          error={errors.forWhom}
          defaultValue={values.forWhom}
        />

        <TextAreaField
          field="message"
          label="Anything you would like us to know (optional)"
          hint={
            <>
              Please do not include medical details here. Our team will ask what they need when they call. Up to{' '}
              {LIMITS.messageMax.toLocaleString('en-US')} characters.
            </>
          }
          error={errors.message}
          rows={5}
          defaultValue={values.message}
        />

        <CheckboxField field="consent" error={errors.consent} defaultChecked={values.consent === 'yes'}>
          I have read the <a href={privacyHref}>privacy notice</a> and agree that {clinicName} may contact me about this request.
        </CheckboxField>

        {/* Hidden from everyone, assistive technology included; only bots fill it in. */}
        <div className={styles.trap} aria-hidden="true">
          <label htmlFor="contact-website">Leave this field empty</label>
          <input id="contact-website" name={META_FIELDS.honeypot} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <input type="hidden" name={META_FIELDS.formToken} value={state.formToken} />
        <input type="hidden" name={META_FIELDS.idempotencyKey} value={state.idempotencyKey} />

        <div className={styles.actions}>
          <button type="submit" className={`button ${styles.submit}`}>
            Send request
          </button>
        </div>
        <p id={STATUS_ID} role="status" aria-live="polite" className={styles.status} />
      </form>
    </>
  )
}
