import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContestsModule } from '@app/contests';
import { QuestionBankModule } from '@app/question-bank';
import { AnswerSaveRepository } from './answer-save.repository';
import { AnswersService } from './answers.service';
import { AttemptQuestionsCache } from './attempt-questions.cache';
import { AttemptSweeperService } from './attempt-sweeper.service';
import { AttemptsRepository } from './attempts.repository';
import { AttemptsService } from './attempts.service';
import { AttemptAnswerEntity } from './entities/attempt-answer.entity';
import { AttemptEntity } from './entities/attempt.entity';
import { RoundStandingEntity } from './entities/round-standing.entity';
import { AttemptGradeEntity, GradingService } from './grading';
import { GradingRepository } from './grading/grading.repository';
import { QuestionSnapshotsService } from './question-snapshots.service';
import { PredictionsRepository } from './predictions.repository';
import { PracticeRepository } from './practice/practice.repository';
import { PracticeService } from './practice/practice.service';
import { ReceiptService } from './receipt.service';
import { RoundInsightsRepository } from './round-insights.repository';
import { RoundInsightsService } from './round-insights.service';
import { RoundStandingsRepository } from './round-standings.repository';
import { StandingsService } from './standings.service';
import { SubmissionRepository } from './submission.repository';
import { SubmissionService } from './submission.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      AttemptEntity,
      AttemptAnswerEntity,
      RoundStandingEntity,
      AttemptGradeEntity,
    ]),
    ContestsModule,
    QuestionBankModule,
  ],
  providers: [
    AttemptsRepository,
    AnswerSaveRepository,
    GradingRepository,
    RoundInsightsRepository,
    RoundStandingsRepository,
    SubmissionRepository,
    AttemptsService,
    AnswersService,
    SubmissionService,
    StandingsService,
    AttemptSweeperService,
    AttemptQuestionsCache,
    QuestionSnapshotsService,
    ReceiptService,
    RoundInsightsService,
    GradingService,
    PredictionsRepository,
    PracticeRepository,
    PracticeService,
  ],
  exports: [
    PracticeService,
    AttemptsRepository,
    RoundInsightsService,
    GradingService,
    AttemptsService,
    AnswersService,
    SubmissionService,
    StandingsService,
    QuestionSnapshotsService,
    ReceiptService,
    AttemptSweeperService,
    TypeOrmModule,
  ],
})
export class AttemptsModule {}
