import { RevocationList } from './revocation-list';

const at = (sec: number) => new Date(Date.UTC(2026, 11, 3, 8, 0, sec));

describe('RevocationList', () => {
  it('allows any token of a user whose access has not changed', () => {
    const list = new RevocationList();
    expect(list.allows('u-1', 0)).toBe(true);
  });

  it('refuses tokens older than the current version and keeps newer ones', () => {
    const list = new RevocationList();
    expect(
      list.apply([{ userId: 'u-1', tokenVersion: 2, revoked: false, changedAt: at(1) }]),
    ).toEqual(['u-1']);
    expect(list.allows('u-1', 1)).toBe(false);
    expect(list.allows('u-1', 2)).toBe(true);
    expect(list.allows('u-2', 0)).toBe(true);
  });

  it('refuses every token of a disabled or deleted user', () => {
    const list = new RevocationList();
    list.apply([
      { userId: 'u-1', tokenVersion: 3, revoked: true, changedAt: at(1) },
      { userId: 'u-2', tokenVersion: Number.MAX_SAFE_INTEGER, revoked: true, changedAt: at(1) },
    ]);
    expect(list.allows('u-1', 3)).toBe(false);
    expect(list.allows('u-1', 4)).toBe(false);
    expect(list.allows('u-2', 0)).toBe(false);
  });

  it('reports a user as changed only when the version or the flag moved', () => {
    const list = new RevocationList();
    list.apply([{ userId: 'u-1', tokenVersion: 1, revoked: false, changedAt: at(1) }]);
    expect(
      list.apply([{ userId: 'u-1', tokenVersion: 1, revoked: false, changedAt: at(2) }]),
    ).toEqual([]);
    expect(
      list.apply([{ userId: 'u-1', tokenVersion: 1, revoked: true, changedAt: at(3) }]),
    ).toEqual(['u-1']);
  });

  it('keeps a deleted user revoked when an older row of the same user is read again', () => {
    const list = new RevocationList();
    list.apply([
      { userId: 'u-1', tokenVersion: Number.MAX_SAFE_INTEGER, revoked: true, changedAt: at(5) },
    ]);
    list.apply([{ userId: 'u-1', tokenVersion: 1, revoked: false, changedAt: at(1) }]);
    expect(list.allows('u-1', 1)).toBe(false);
  });

  it('forgets changes older than the lifetime of a token', () => {
    const list = new RevocationList();
    list.apply([
      { userId: 'u-1', tokenVersion: 1, revoked: false, changedAt: at(1) },
      { userId: 'u-2', tokenVersion: 1, revoked: false, changedAt: at(9) },
    ]);
    list.prune(at(5));
    expect(list.size).toBe(1);
    expect(list.allows('u-1', 0)).toBe(true);
    expect(list.allows('u-2', 0)).toBe(false);
  });
});
