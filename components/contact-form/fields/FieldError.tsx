import type { InquiryField } from '@/lib/inquiries/fields'
import styles from '../ContactForm.module.css'
import { errorId } from '../fieldIds'

/** A field's error message; "Error:" is read out first, so it is not told by colour alone. */
export function FieldError({ field, message }: { field: InquiryField; message?: string }) {
  if (!message) return null
  return (
    <p id={errorId(field)} className={styles.fieldError}>
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  )
}
