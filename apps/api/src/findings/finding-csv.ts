/** True when the client asked for CSV (Accept: text/csv). */
export function wantsCsv(accept: string | undefined): boolean {
  return /\btext\/csv\b/i.test(accept ?? '');
}
