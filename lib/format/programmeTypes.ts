/** How programme types (the treatment schema's `programmeType`) read on the site. */
export const PROGRAMME_TYPE_LABELS = {
  detox: 'Medically supervised detox',
  residential: 'Residential care',
  outpatient: 'Outpatient',
  mat: 'Medication-assisted treatment',
} as const

export function programmeTypeLabel(type: string | null | undefined): string | null {
  return type && type in PROGRAMME_TYPE_LABELS ? PROGRAMME_TYPE_LABELS[type as keyof typeof PROGRAMME_TYPE_LABELS] : null
}
