import { failureKey, normalizeLogin } from './login-key';

describe('normalizeLogin', () => {
  it('reads every spelling of one phone number the same', () => {
    for (const login of ['0912 345 678', '84912345678', '0912.345.678', ' +84912345678 ']) {
      expect(normalizeLogin(login)).toBe('+84912345678');
    }
  });

  it('ignores the case of an e-mail address and surrounding spaces', () => {
    expect(normalizeLogin(' Lan@Example.VN ')).toBe('lan@example.vn');
  });
});

describe('failureKey', () => {
  it('counts every login of a known account together (e-mail and phone alike)', () => {
    const id = '6f1c1c4e-0b7e-4a53-9d3e-2c1f7f0d4a11';
    expect(failureKey('lan@example.vn', id)).toBe(failureKey('0912 345 678', id));
  });

  it('counts unknown logins by their normalised spelling', () => {
    expect(failureKey('0912 345 678')).toBe(failureKey('+84912345678'));
    expect(failureKey('A@example.vn')).toBe(failureKey('a@example.vn'));
    expect(failureKey('a@example.vn')).not.toBe(failureKey('b@example.vn'));
  });

  it('never holds the address itself', () => {
    expect(failureKey('a@example.vn')).toMatch(/^[0-9a-f]{64}$/);
  });
});
