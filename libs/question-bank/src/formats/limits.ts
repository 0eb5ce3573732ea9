/** Limits that keep one upload from exhausting the server. */
export const IMPORT_LIMITS = {
  /** Largest file accepted, as uploaded. */
  maxInputBytes: 20 * 1024 * 1024,
  /**
   * Total bytes inflated out of one .docx/.xlsx (zip bomb guard). The big parts are streamed,
   * so this bounds work, not memory; a text-only 5 MB .docx holds about 50 MB of XML.
   */
  maxUncompressedBytes: 100 * 1024 * 1024,
  /** Entries in one zip archive. */
  maxZipEntries: 5000,
  /** Questions proposed from one file. */
  maxItems: 10000,
} as const;

export const MB = 1024 * 1024;
