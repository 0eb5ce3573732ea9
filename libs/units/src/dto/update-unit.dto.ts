import { PartialType } from '@nestjs/swagger';
import { CreateUnitDto } from './create-unit.dto';

/** Any of the unit's fields; `parentId: null` makes it a root. */
export class UpdateUnitDto extends PartialType(CreateUnitDto) {}
