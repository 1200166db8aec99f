// Every limit on what one import may send, unpack, read, keep on disk and spend in time, in one place. Each is
// sized against real exports with room to spare: LinkedIn caps connections at 30,000, and an export of 50,000
// connections with years of messages is a zip of a few MB whose CSVs inflate to a few tens of MB. No server imports,
// so the import page shows the same numbers the server enforces.

const MB = 1024 * 1024;

/** The largest file one upload may be. */
export const MAX_IMPORT_MB = 20;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * MB;

/**
 * The LinkedIn CSVs read from one zip, together, once inflated. Text compresses 4 to 6 times, so a 20 MB zip of
 * nothing but CSV is at most about 120 MB; a zip that inflates past this is not an export (or is built to exhaust
 * the server). Counted on the bytes actually inflated, not only on what the zip's headers claim.
 */
export const MAX_ZIP_EXPANDED_MB = 150;
export const MAX_ZIP_EXPANDED_BYTES = MAX_ZIP_EXPANDED_MB * MB;
/** Inflated bytes per compressed byte of one zip entry: CSV text reaches 10 to 20, a zip bomb 1,000. */
export const MAX_ZIP_RATIO = 100;
/** Below this many inflated bytes any ratio is accepted: a small file of near-identical rows compresses very well. */
export const ZIP_RATIO_CHECKED_FROM_MB = 5;
export const ZIP_RATIO_CHECKED_FROM_BYTES = ZIP_RATIO_CHECKED_FROM_MB * MB;
/** Files listed in one zip: LinkedIn's export holds a few dozen. */
export const MAX_ZIP_ENTRIES = 10_000;

/** One CSV record (and one physical line) in bytes: a LinkedIn row is under 1 KB, a long message a few KB. */
export const MAX_RECORD_MB = 1;
export const MAX_RECORD_BYTES = MAX_RECORD_MB * MB;

/**
 * Rows one import reads, all files together. What the import remembers per row (a few keys, to find the same
 * person twice) is small but not nothing: this bounds the memory a preview can take.
 */
export const MAX_IMPORT_ROWS = 500_000;
/**
 * How long reading a file may take, for the preview as for the import (whose transaction allows 120 s). A 50,000
 * row export reads in seconds.
 */
export const IMPORT_TIME_BUDGET_SECONDS = 90;

/** An upload nobody confirmed or cancelled is removed after this long. */
export const UPLOAD_KEEP_HOURS = 2;
/**
 * Uploads one user may have waiting for their confirmation: a new one removes that user's oldest beyond this. The
 * same number may be on their way up at once.
 */
export const MAX_PENDING_UPLOADS_PER_USER = 3;
/**
 * An upload still arriving that has sent nothing for this long is given up and its room freed: an instance that
 * stopped in the middle of receiving one cannot hold its place (uploads wait in PostgreSQL, not in the process).
 */
export const UPLOAD_IDLE_MINUTES = 5;
/** All uploads waiting, every user together: past this a new upload is refused until some are confirmed or expire. */
export const UPLOAD_QUOTA_MB = 500;
export const UPLOAD_QUOTA_BYTES = UPLOAD_QUOTA_MB * MB;
