import { isOtherDevice, normalizeDeviceId } from './device';

describe('isOtherDevice', () => {
  it('refuses a request naming a device other than the bound one', () => {
    expect(isOtherDevice('phone-a', 'phone-b')).toBe(true);
  });

  it('refuses a request naming no device once the attempt is bound (issue 15)', () => {
    expect(isOtherDevice('phone-a', undefined)).toBe(true);
    expect(isOtherDevice('phone-a', null)).toBe(true);
  });

  it('accepts the bound device, and any request on an attempt bound to none', () => {
    expect(isOtherDevice('phone-a', 'phone-a')).toBe(false);
    expect(isOtherDevice(null, 'phone-b')).toBe(false);
    expect(isOtherDevice(null, undefined)).toBe(false);
  });
});

describe('normalizeDeviceId', () => {
  it('trims, caps at 200 characters and treats blank as none', () => {
    expect(normalizeDeviceId('  abc ')).toBe('abc');
    expect(normalizeDeviceId('x'.repeat(300))).toHaveLength(200);
    expect(normalizeDeviceId('   ')).toBeUndefined();
    expect(normalizeDeviceId(['a', 'b'])).toBeUndefined();
    expect(normalizeDeviceId(undefined)).toBeUndefined();
  });
});
