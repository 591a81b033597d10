import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react'
import type { InquiryField } from '@/lib/inquiries/fields'
import styles from '../ContactForm.module.css'
import { describedBy, errorId, fieldId, hintId } from '../fieldIds'
import { FieldError } from './FieldError'

type FieldText = {
  field: InquiryField
  label: string
  hint?: ReactNode
  error?: string
  defaultValue?: string
}

/** What the form sets itself on every control; the rest (type, autocomplete, rows…) is the caller's. */
type OwnAttributes = 'id' | 'name' | 'className' | 'defaultValue' | 'aria-invalid' | 'aria-describedby'

/**
 * The label, hint and error message around one control. The hint and the error are tied to
 * the control through `aria-describedby` (hint first), and the error comes before the control
 * so it is read before the person types again.
 */
function FieldFrame({ field, label, hint, error, nested, children }: FieldText & { nested?: boolean; children: ReactNode }) {
  return (
    <div className={nested ? styles.subfield : styles.field}>
      <label htmlFor={fieldId(field)} className={nested ? styles.sublabel : styles.label}>
        {label}
      </label>
      {hint !== undefined ? (
        <p id={hintId(field)} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      <FieldError field={field} message={error} />
      {children}
    </div>
  )
}

const invalid = (error?: string) => (error ? true : undefined)
const description = (field: InquiryField, hint?: ReactNode, error?: string) =>
  describedBy(hint !== undefined && hintId(field), error && errorId(field))

export type TextFieldProps = FieldText &
  Omit<InputHTMLAttributes<HTMLInputElement>, OwnAttributes> & {
    /** One of several controls in a fieldset whose legend names the group: a smaller label. */
    nested?: boolean
  }

export function TextField({ field, label, hint, error, defaultValue = '', nested, ...input }: TextFieldProps) {
  return (
    <FieldFrame field={field} label={label} hint={hint} error={error} nested={nested}>
      <input
        className={styles.input}
        id={fieldId(field)}
        name={field}
        {...input}
        defaultValue={defaultValue}
        aria-invalid={invalid(error)}
        aria-describedby={description(field, hint, error)}
      />
    </FieldFrame>
  )
}

export type TextAreaFieldProps = FieldText & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, OwnAttributes>

export function TextAreaField({ field, label, hint, error, defaultValue = '', ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame field={field} label={label} hint={hint} error={error}>
      <textarea
        className={`${styles.input} ${styles.textarea}`}
        id={fieldId(field)}
        name={field}
        {...textarea}
        defaultValue={defaultValue}
        aria-invalid={invalid(error)}
        aria-describedby={description(field, hint, error)}
      />
    </FieldFrame>
  )
}
