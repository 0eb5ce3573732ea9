import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReceiptService, VerifyReceiptDto, VerifyReceiptResultDto } from '@app/attempts';
import { Public } from '@app/core';

@ApiTags('attempts')
@Controller('receipts')
export class ReceiptsController {
  constructor(private readonly receipts: ReceiptService) {}

  @Public()
  @Post('verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Check a receipt: valid:false for a forged or altered one' })
  @ApiOkResponse({ type: VerifyReceiptResultDto })
  verify(@Body() dto: VerifyReceiptDto): VerifyReceiptResultDto {
    const claims = this.receipts.verify(dto.receipt);
    return claims ? { valid: true, ...claims } : { valid: false };
  }
}
