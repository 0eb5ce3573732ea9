import {
  clientFailureKey,
  clientHash,
  failureKey,
  knownDeviceDelayMs,
  normalizeLogin,
} from './login-key';

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

describe('clientHash and clientFailureKey', () => {
  it('knows a client by its device id when it sends one, else by its IP', () => {
    expect(clientHash({ ip: '1.2.3.4', deviceId: 'd-1' })).toBe(
      clientHash({ ip: '5.6.7.8', deviceId: 'd-1' }),
    );
    expect(clientHash({ ip: '1.2.3.4' })).not.toBe(clientHash({ ip: '5.6.7.8' }));
    expect(clientHash({ ip: '1.2.3.4' })).toMatch(/^[0-9a-f]{64}$/);
  });

  it('counts one account’s failures per IP and device id', () => {
    const account = failureKey('lan@example.vn');
    const fromA = clientFailureKey(account, { ip: '1.2.3.4' });
    expect(fromA).toBe(clientFailureKey(account, { ip: '1.2.3.4' }));
    expect(fromA).not.toBe(clientFailureKey(account, { ip: '5.6.7.8' }));
    expect(fromA).not.toBe(clientFailureKey(account, { ip: '1.2.3.4', deviceId: 'd-1' }));
    expect(fromA).not.toBe(clientFailureKey(failureKey('khac@example.vn'), { ip: '1.2.3.4' }));
  });
});

describe('knownDeviceDelayMs', () => {
  it('grows from 250 ms, doubling, and stops at 8 s', () => {
    expect([0, 1, 2, 3, 6, 7, 50].map(knownDeviceDelayMs)).toEqual([
      0, 250, 500, 1000, 8000, 8000, 8000,
    ]);
  });
});
