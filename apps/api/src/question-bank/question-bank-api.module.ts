import { Module } from '@nestjs/common';
import { QuestionBankModule } from '@app/question-bank';
import { BankEditorsController } from './bank-editors.controller';
import { BankQuestionsController } from './bank-questions.controller';
import { BankTransferController } from './bank-transfer.controller';
import { BanksController } from './banks.controller';
import { QuestionImportsController } from './question-imports.controller';
import { QuestionsController } from './questions.controller';

/** HTTP surface of the question banks (docs/api.md, "Question banks"): organizers and admins only. */
@Module({
  imports: [QuestionBankModule],
  controllers: [
    // First: its fixed path `banks/import-template.xlsx` must win over `banks/:bankId`.
    BankTransferController,
    BanksController,
    BankQuestionsController,
    BankEditorsController,
    QuestionImportsController,
    QuestionsController,
  ],
})
export class QuestionBankApiModule {}
