// How mapping modules read a CSV's header and rows: loose header names, and rows of nothing but commas.

/** Header cells compared loosely: LinkedIn and Google have changed the case and spacing of their headers over the years. */
export function headerKey(cell: string): string {
  return cell.replace(/^\uFEFF/, "").trim().toLowerCase().replace(/\s+/g, " ");
}

/** A row of only commas (or spaces), which LinkedIn appends at the end of some exports. */
export function isBlankRecord(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === "");
}
