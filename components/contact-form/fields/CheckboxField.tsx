import type { ReactNode } from 'react'
import type { InquiryField } from '@/lib/inquiries/fields'
import styles from '../ContactForm.module.css'
import { describedBy, errorId, fieldId } from '../fieldIds'
import { FieldError } from './FieldError'

export type CheckboxFieldProps = {
  field: InquiryField
  /** The label may hold a link (the privacy notice), so it is markup, not a string. */
  children: ReactNode
  error?: string
  defaultChecked: boolean
}

/** A single checkbox sending "yes" when ticked, its error message above it. */
export function CheckboxField({ field, children, error, defaultChecked }: CheckboxFieldProps) {
  return (
    <div className={styles.field}>
      <FieldError field={field} message={error} />
      <div className={`${styles.option} ${styles.consent}`}>
        <input
          type="checkbox"
          id={fieldId(field)}
          name={field}
          value="yes"
          defaultChecked={defaultChecked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(error && errorId(field))}
        />
        <label htmlFor={fieldId(field)}>{children}</label>
      </div>
    </div>
  )
}
