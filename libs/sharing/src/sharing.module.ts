import { Module } from '@nestjs/common';
import { ContestsModule } from '@app/contests';
import { JudgingModule } from '@app/judging';
import { LeaderboardModule } from '@app/leaderboard';
import { MailModule } from '@app/mail';
import { ContestReachService } from './contest-reach.service';
import { EmbedService } from './embed.service';
import { PostersService } from './posters.service';
import { PublicPagesService } from './public-pages.service';
import { RemindersService } from './reminders.service';
import { ResultSharesService } from './result-shares.service';
import { ShareImageService } from './share-image.service';
import { SharingRepository } from './sharing.repository';

/** Sharing and reach: link previews, share images, short links, embed, reminders, sources. */
@Module({
  imports: [ContestsModule, JudgingModule, LeaderboardModule, MailModule],
  providers: [
    SharingRepository,
    PublicPagesService,
    ShareImageService,
    ContestReachService,
    ResultSharesService,
    EmbedService,
    RemindersService,
    PostersService,
  ],
  exports: [
    PublicPagesService,
    ShareImageService,
    ContestReachService,
    ResultSharesService,
    EmbedService,
    RemindersService,
    PostersService,
  ],
})
export class SharingModule {}
