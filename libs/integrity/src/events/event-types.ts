/** Page signals the web app reports (docs/api.md: `POST /api/attempts/:id/events`). */
export const INTEGRITY_EVENT_TYPES = [
  'visibility_hidden',
  'visibility_visible',
  'blur',
  'focus',
  'copy',
  'paste',
  'offline',
  'online',
] as const;

export type IntegrityEventType = (typeof INTEGRITY_EVENT_TYPES)[number];

/** Events kept per attempt; beyond, they are counted as dropped (the event_flood marker). */
export const EVENTS_PER_ATTEMPT = 500;

/** Events accepted in one request (400 beyond). */
export const EVENTS_PER_REQUEST = 100;
