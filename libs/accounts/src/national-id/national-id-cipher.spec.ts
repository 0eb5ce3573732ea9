import { loadConfig } from '@app/core';
import { NationalIdCipher } from './national-id-cipher';

describe('NationalIdCipher', () => {
  const config = loadConfig({ NATIONAL_ID_KEY: 'ab'.repeat(32) });
  const cipher = new NationalIdCipher(config);

  it('encrypts with a fresh IV each time and decrypts back', () => {
    const a = cipher.encrypt('079195001234');
    const b = cipher.encrypt('079195001234');
    expect(a).not.toBe(b);
    expect(a).not.toContain('079195001234');
    expect(cipher.decrypt(a)).toBe('079195001234');
  });

  it('refuses a tampered ciphertext', () => {
    const stored = cipher.encrypt('079195001234').split('.');
    stored[3] = Buffer.from('079195001235').toString('base64url');
    expect(() => cipher.decrypt(stored.join('.'))).toThrow();
  });

  it('hashes deterministically with the key', () => {
    expect(cipher.hash('079195001234')).toBe(cipher.hash('079195001234'));
    expect(cipher.hash('079195001234')).not.toBe(cipher.hash('079195001235'));
    const other = new NationalIdCipher(loadConfig({ NATIONAL_ID_KEY: 'cd'.repeat(32) }));
    expect(other.hash('079195001234')).not.toBe(cipher.hash('079195001234'));
  });
});
