import type { InquiryField } from '@/lib/inquiries/fields'
import styles from '../ContactForm.module.css'
import { describedBy, errorId, hintId, optionId } from '../fieldIds'
import { FieldError } from './FieldError'

export type RadioGroupProps<T extends string> = {
  field: InquiryField
  legend: string
  options: readonly T[]
  labels: Record<T, string>
  hint?: string
  error?: string
  defaultValue?: string
}

/**
 * One question answered by one of several radio buttons. The invalid state belongs to the
 * group, not to its radios (ARIA supports `aria-invalid` on `radiogroup`, not on `radio`),
 * so the fieldset takes that role; its legend still names it, and its hint and error
 * message describe it.
 */
export function RadioGroup<T extends string>({ field, legend, options, labels, hint, error, defaultValue }: RadioGroupProps<T>) {
  return (
    <fieldset
      className={`${styles.field} ${styles.group}`}
      role="radiogroup"
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(hint && hintId(field), error && errorId(field))}
    >
      <legend className={styles.label}>{legend}</legend>
      {hint ? (
        <p id={hintId(field)} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      <FieldError field={field} message={error} />
      <div className={styles.options}>
        {options.map((option) => (
          <div className={styles.option} key={option}>
            <input type="radio" id={optionId(field, option)} name={field} value={option} defaultChecked={defaultValue === option} />
            <label htmlFor={optionId(field, option)}>{labels[option]}</label>
          </div>
        ))}
      </div>
    </fieldset>
  )
}
