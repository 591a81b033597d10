/** The part of fontkit (a dependency of pdfkit, without types) the Open Graph font test uses. */
declare module 'fontkit' {
  export function openSync(file: string): { characterSet: number[] }
}
