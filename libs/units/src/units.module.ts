import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UnitImportService } from './unit-import.service';
import { UnitEntity } from './unit.entity';
import { UnitsService } from './units.service';

@Module({
  imports: [TypeOrmModule.forFeature([UnitEntity])],
  providers: [UnitsService, UnitImportService],
  exports: [UnitsService, UnitImportService, TypeOrmModule],
})
export class UnitsModule {}
