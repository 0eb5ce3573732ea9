export const ROLES = ['admin', 'organizer', 'judge', 'participant'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that may author banks and contests. */
export const AUTHORING_ROLES: Role[] = ['admin', 'organizer'];
