/** PostgreSQL SQLSTATE codes the services turn into the contract's errors. */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';

/** The SQLSTATE and constraint of an error thrown by the pg driver or wrapped by TypeORM. */
export function pgError(error: unknown): { code?: string; constraint?: string } {
  if (typeof error !== 'object' || error === null) return {};
  const e = error as {
    code?: unknown;
    constraint?: unknown;
    driverError?: { code?: unknown; constraint?: unknown };
  };
  const code = e.driverError?.code ?? e.code;
  const constraint = e.driverError?.constraint ?? e.constraint;
  return {
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof constraint === 'string' ? { constraint } : {}),
  };
}

const violates = (sqlState: string, error: unknown, constraint?: string): boolean => {
  const e = pgError(error);
  return e.code === sqlState && (constraint === undefined || e.constraint === constraint);
};

/** A unique index refused the write (optionally: this named constraint). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  return violates(PG_UNIQUE_VIOLATION, error, constraint);
}

/** A foreign key refused the write (optionally: this named constraint). */
export function isForeignKeyViolation(error: unknown, constraint?: string): boolean {
  return violates(PG_FOREIGN_KEY_VIOLATION, error, constraint);
}
