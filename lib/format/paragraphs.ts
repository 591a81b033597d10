/**
 * Paragraphs of a plain-text field (an FAQ answer, a transcript): every line break starts a
 * new paragraph, and blank lines only separate them.
 */
export function paragraphs(text: string | null | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
}
