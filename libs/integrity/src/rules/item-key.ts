/**
 * One answer key per question for the statistics, when attempts drew several versions of it.
 * Pure. Options are matched by their text (case, spacing and Unicode composition ignored), so a
 * corrected key or reordered options still add up; labels and `correct` follow the newest
 * version drawn, and options only older versions had come after its own.
 */
import type { ItemKey } from './question-stats';

export interface DrawnVersion {
  versionId: string;
  questionId: string;
  version: number;
  options: ReadonlyArray<{ id: string; text: string; correct: boolean }>;
}

export interface MergedKey {
  key: ItemKey;
  /** canonical option id → its text (as the newest version writes it). */
  texts: Map<string, string>;
  /** any drawn version's option id → canonical option id. */
  canonical: Map<string, string>;
}

function textKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function mergeItemKey(questionId: string, versions: readonly DrawnVersion[]): MergedKey {
  const byText = new Map<string, { id: string; text: string; correct: boolean }>();
  const canonical = new Map<string, string>();
  const ordered = [...versions].sort((a, b) => b.version - a.version);
  ordered.forEach((v, index) => {
    for (const o of v.options) {
      const k = textKey(o.text);
      let entry = byText.get(k);
      if (!entry) {
        // Only the newest version's key counts as correct.
        entry = { id: o.id, text: o.text, correct: index === 0 && o.correct };
        byText.set(k, entry);
      }
      canonical.set(o.id, entry.id);
    }
  });
  const options = [...byText.values()];
  return {
    key: { questionId, options: options.map((o) => ({ id: o.id, correct: o.correct })) },
    texts: new Map(options.map((o) => [o.id, o.text])),
    canonical,
  };
}
