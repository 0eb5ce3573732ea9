import { Module } from '@nestjs/common';
import { UnitsModule } from '@app/units';
import { UnitsController } from './units.controller';

@Module({
  imports: [UnitsModule],
  controllers: [UnitsController],
})
export class UnitsApiModule {}
