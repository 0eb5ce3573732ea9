import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QuestionBankEditorEntity } from './entities/question-bank-editor.entity';
import { QuestionBankEntity } from './entities/question-bank.entity';
import { QuestionImportEntity } from './entities/question-import.entity';
import { QuestionVersionEntity } from './entities/question-version.entity';
import { QuestionEntity } from './entities/question.entity';
import { BankAccessGuard } from './services/bank-access.guard';
import { BankAccessRepository } from './services/bank-access.repository';
import { BankAccessService } from './services/bank-access.service';
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
      QuestionBankEditorEntity,
      QuestionEntity,
      QuestionVersionEntity,
      QuestionImportEntity,
    ]),
  ],
  providers: [
    BankAccessRepository,
    BankAccessService,
    BankAccessGuard,
    QuestionsRepository,
    QuestionBanksService,
    QuestionsService,
    QuestionPoolService,
    QuestionTransferService,
    QuestionImportsRepository,
    QuestionImportsService,
  ],
  exports: [
    BankAccessService,
    BankAccessGuard,
    QuestionBanksService,
    QuestionsService,
    QuestionPoolService,
    QuestionTransferService,
    QuestionImportsService,
  ],
})
export class QuestionBankModule {}
