export { QuestionBankModule } from './question-bank.module';
export { QUESTION_TYPES } from './question-input';
export { validateQuestion } from './rules/prepare-question';
export { BankAccessGuard, BankScoped } from './services/bank-access.guard';
export { BankAccessService, type BankEditorRow } from './services/bank-access.service';
export { QuestionBanksService } from './services/question-banks.service';
export { QuestionPoolService } from './services/question-pool.service';
export { QuestionsService } from './services/questions.service';
export {
  IMPORT_MAX_BYTES,
  QuestionTransferService,
  fileTooLarge,
  importFailed,
  type DownloadFile,
  type UploadedSheet,
} from './services/question-transfer.service';
export {
  QuestionImportsService,
  type UploadedQuestionFile,
} from './services/question-imports.service';
export { BankDto } from './dto/bank.dto';
export { AddBankEditorDto, BankAccessDto, BankEditorDto } from './dto/bank-editor.dto';
export { BankPageDto } from './dto/bank-page.dto';
export { CreateBankDto } from './dto/create-bank.dto';
export { UpdateBankDto } from './dto/update-bank.dto';
export { ListBanksQueryDto } from './dto/list-banks-query.dto';
export { QuestionInputDto } from './dto/question-input.dto';
export { UpdateQuestionDto } from './dto/update-question.dto';
export { ListQuestionsQueryDto } from './dto/list-questions-query.dto';
export { QuestionDetailDto } from './dto/question-detail.dto';
export { QuestionPageDto } from './dto/question-page.dto';
export { QuestionVersionDto } from './dto/question-version.dto';
export { ImportResultDto } from './dto/import-result.dto';
export { ImportQueryDto } from './dto/import-query.dto';
export { ExportQueryDto } from './dto/export-query.dto';
export { ImportPreviewItemDto } from './dto/import-preview-item.dto';
export { ImportPreviewDto } from './dto/import-preview.dto';
export { ImportPreviewSummaryDto } from './dto/import-preview-summary.dto';
export { ImportConfirmResultDto } from './dto/import-confirm-result.dto';
export { UpdateImportItemDto } from './dto/update-import-item.dto';
export { IMPORT_LIMITS } from './formats';
