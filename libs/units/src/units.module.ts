import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UnitImportService } from './unit-import.service';
import { UnitOfficersRepository } from './unit-officers.repository';
import { UnitOfficersService } from './unit-officers.service';
import { UnitEntity } from './unit.entity';
import { UnitsRepository } from './units.repository';
import { UnitsService } from './units.service';

@Module({
  imports: [TypeOrmModule.forFeature([UnitEntity])],
  providers: [
    UnitsRepository,
    UnitsService,
    UnitImportService,
    UnitOfficersRepository,
    UnitOfficersService,
  ],
  exports: [UnitsService, UnitImportService, UnitOfficersService, TypeOrmModule],
})
export class UnitsModule {}
