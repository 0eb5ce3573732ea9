import { ApiProperty } from '@nestjs/swagger';

/** Why a preview item cannot be imported as it is: a field path and a plain explanation. */
export class ImportItemProblemDto {
  @ApiProperty({ example: 'options' })
  field: string;

  @ApiProperty({
    example: 'Câu hỏi một đáp án phải có 1 phương án đúng (chưa đánh dấu phương án đúng nào)',
  })
  message: string;
}
