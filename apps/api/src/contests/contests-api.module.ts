import { Module } from '@nestjs/common';
import { ContestsModule } from '@app/contests';
import { ContestsController } from './contests.controller';

@Module({ imports: [ContestsModule], controllers: [ContestsController] })
export class ContestsApiModule {}
