import { AttemptEntity } from '@app/attempts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** "Chuyển sang thiết bị này": an in-progress attempt rebound to another device. Append-only. */
@Entity('attempt_device_moves')
@Index('ix_attempt_device_moves_attempt', ['attemptId', 'movedAt'])
export class AttemptDeviceMoveEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  attemptId: string;

  @ManyToOne(() => AttemptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'fk_attempt_device_moves_attempt' })
  attempt?: AttemptEntity;

  @Column({ type: 'text', nullable: true })
  fromDeviceId: string | null;

  @Column({ type: 'text' })
  toDeviceId: string;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ type: 'text', nullable: true })
  userAgent: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  movedAt: Date;
}
