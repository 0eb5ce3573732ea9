import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/core';

/**
 * National ID numbers at rest: AES-256-GCM (random 12-byte IV, 16-byte tag), stored as
 * `v1.<iv>.<tag>.<ciphertext>` in base64url; and a deterministic keyed hash (HMAC-SHA256) to find
 * one person behind several accounts without decrypting. Both keys come from NATIONAL_ID_KEY by
 * HKDF (or from the JWT secret when it is unset; docs/identity.md).
 */
@Injectable()
export class NationalIdCipher {
  private readonly encryptionKey: Buffer;
  private readonly hashKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const master = config.auth.nationalIdKey ?? Buffer.from(config.auth.jwtSecret ?? '', 'utf8');
    if (master.length < 32) throw new Error('NATIONAL_ID_KEY (or JWT_SECRET) is not available');
    const derive = (info: string) =>
      Buffer.from(hkdfSync('sha256', master, 'hoithi', `hoithi/national-id/${info}/v1`, 32));
    this.encryptionKey = derive('encrypt');
    this.hashKey = derive('hash');
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), body]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  decrypt(stored: string): string {
    const [version, iv, tag, body] = stored.split('.');
    if (version !== 'v1' || !iv || !tag || body === undefined) {
      throw new Error('not a stored national ID');
    }
    const decipher = createDecipheriv(
      'aes-256-gcm',
      this.encryptionKey,
      Buffer.from(iv, 'base64url'),
    );
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([
      decipher.update(Buffer.from(body, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  }

  /** Equal numbers give equal hashes; without the key the hash reveals nothing. */
  hash(plain: string): string {
    return createHmac('sha256', this.hashKey).update(plain).digest('base64url');
  }
}
