import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed logins per account in the current window (used when REDIS_URL is not set). */
@Entity('login_failures')
export class LoginFailureEntity {
  /** `loginKey(login)`: SHA-256 of the normalised e-mail or phone. */
  @PrimaryColumn({ type: 'text' })
  keyHash: string;

  @Column({ type: 'integer' })
  failures: number;

  @Column({ type: 'timestamptz' })
  windowStartedAt: Date;
}
