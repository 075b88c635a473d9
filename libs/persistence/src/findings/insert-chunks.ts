/** Rows per multi-row insert: at 16 columns a row, well under PostgreSQL's 65,535 bound parameters. */
export const INSERT_CHUNK = 1000;

/** Rows split for multi-row inserts: one statement (one round trip) per chunk, not one per row. */
export function insertChunks<Row>(rows: readonly Row[], size = INSERT_CHUNK): Row[][] {
  const chunks: Row[][] = [];
  for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size));
  return chunks;
}
