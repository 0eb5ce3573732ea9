import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailOutboxEntity } from './mail-outbox.entity';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MailSender } from './mail-sender.service';
import { MailTransport } from './mail-transport.service';
import { MailService } from './mail.service';

/** The outbox and its sender. Import it wherever mail is queued (one sender per process). */
@Module({
  imports: [TypeOrmModule.forFeature([MailOutboxEntity])],
  providers: [MailOutboxRepository, MailService, MailSender, MailTransport],
  exports: [MailService, MailSender],
})
export class MailModule {}
