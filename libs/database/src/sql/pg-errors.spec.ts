import { isForeignKeyViolation, isUniqueViolation, pgError } from './pg-errors';

describe('pg error helpers', () => {
  it('read the code and constraint from a TypeORM-wrapped driver error first', () => {
    const wrapped = {
      code: 'ignored',
      driverError: { code: '23505', constraint: 'uq_users_email' },
    };
    expect(pgError(wrapped)).toEqual({ code: '23505', constraint: 'uq_users_email' });
    expect(isUniqueViolation(wrapped)).toBe(true);
    expect(isUniqueViolation(wrapped, 'uq_users_email')).toBe(true);
    expect(isUniqueViolation(wrapped, 'uq_users_phone')).toBe(false);
    expect(isForeignKeyViolation(wrapped)).toBe(false);
  });

  it('read a bare pg driver error', () => {
    const bare = { code: '23503', constraint: 'fk_users_unit' };
    expect(isForeignKeyViolation(bare, 'fk_users_unit')).toBe(true);
    expect(isUniqueViolation(bare)).toBe(false);
  });

  it('answer false for anything that is not a database error', () => {
    expect(isUniqueViolation(undefined)).toBe(false);
    expect(isUniqueViolation(new Error('23505'))).toBe(false);
    expect(pgError('23505')).toEqual({});
  });
});
