import { ApiError } from '../lib/api';

/** VALIDATION_FAILED `details: [{ field, message }]` → `{ field: message }`. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !Array.isArray(error.body.details)) return {};
  const out: Record<string, string> = {};
  for (const d of error.body.details as Array<{ field?: unknown; message?: unknown }>) {
    if (typeof d?.field === 'string' && typeof d.message === 'string' && !(d.field in out)) {
      out[d.field] = d.message;
    }
  }
  return out;
}

/** Only same-site paths are followed after sign-in (no open redirect). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
