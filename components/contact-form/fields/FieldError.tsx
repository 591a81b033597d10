import type { InquiryField } from '@/lib/inquiries/fields'
import styles from '../ContactForm.module.css'
import { errorId } from '../fieldIds'

/**
 * A field's error message; "Error:" is read out first, so it is not told by colour alone.
 * Always in the page, hidden while there is nothing to say: the form's script
 * (public/scripts/contact-form.js) fills it in and shows it as the person goes.
 */
export function FieldError({ field, message }: { field: InquiryField; message?: string }) {
  return (
    <p id={errorId(field)} className={styles.fieldError} hidden={!message}>
      {message ? (
        <>
          <span className="visually-hidden">Error: </span>
          {message}
        </>
      ) : null}
    </p>
  )
}
