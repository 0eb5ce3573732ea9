import { Module } from '@nestjs/common';
import { ContestsModule } from '@app/contests';
import { QuestionBankModule } from '@app/question-bank';
import { UnitsModule } from '@app/units';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [UnitsModule, QuestionBankModule, ContestsModule],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class DemoModule {}
