import { Module } from '@nestjs/common';
import { ContestsModule } from '@app/contests';
import { QuestionBankModule } from '@app/question-bank';
import { UnitsModule } from '@app/units';
import { DemoSeedRepository } from './demo-seed.repository';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [UnitsModule, QuestionBankModule, ContestsModule],
  providers: [DemoSeedRepository, DemoSeedService],
  exports: [DemoSeedService],
})
export class DemoModule {}
