import { Module } from '@nestjs/common';
import { UnitsModule } from '@app/units';
import { UnitOfficersController } from './unit-officers.controller';
import { UnitsController } from './units.controller';

@Module({
  imports: [UnitsModule],
  controllers: [UnitsController, UnitOfficersController],
})
export class UnitsApiModule {}
