import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QuestionBankEntity } from './entities/question-bank.entity';
import { QuestionImportEntity } from './entities/question-import.entity';
import { QuestionVersionEntity } from './entities/question-version.entity';
import { QuestionEntity } from './entities/question.entity';
import { QuestionBanksService } from './services/question-banks.service';
import { QuestionImportsRepository } from './services/question-imports.repository';
import { QuestionImportsService } from './services/question-imports.service';
import { QuestionPoolService } from './services/question-pool.service';
import { QuestionTransferService } from './services/question-transfer.service';
import { QuestionsRepository } from './services/questions.repository';
import { QuestionsService } from './services/questions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      QuestionBankEntity,
      QuestionEntity,
      QuestionVersionEntity,
      QuestionImportEntity,
    ]),
  ],
  providers: [
    QuestionsRepository,
    QuestionBanksService,
    QuestionsService,
    QuestionPoolService,
    QuestionTransferService,
    QuestionImportsRepository,
    QuestionImportsService,
  ],
  exports: [
    QuestionBanksService,
    QuestionsService,
    QuestionPoolService,
    QuestionTransferService,
    QuestionImportsService,
  ],
})
export class QuestionBankModule {}
