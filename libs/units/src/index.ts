export { CreateUnitDto } from './dto/create-unit.dto';
export { UnitImportQueryDto } from './dto/unit-import-query.dto';
export { UnitImportResultDto } from './dto/unit-import-result.dto';
export { UnitRefDto } from './dto/unit-ref.dto';
export { UnitDto } from './dto/unit.dto';
export { UpdateUnitDto } from './dto/update-unit.dto';
export { subtreeIds } from './rules/unit-tree';
export { UnitImportService } from './unit-import.service';
export { UnitEntity } from './unit.entity';
export { UnitsModule } from './units.module';
export { UnitsService } from './units.service';
export { AddUnitOfficerDto, UnitOfficerDto } from './dto/unit-officer.dto';
export { UnitOfficersService } from './unit-officers.service';
export {
  inEligibleUnit,
  inEligibleUnitSql,
  inEligibleUnitUpSql,
  unitAncestorsSql,
  unitSubtreeSql,
} from './rules/unit-subtree';
