import { rm } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@app/accounts';
import { Public, UuidParamPipe } from '@app/core';
import {
  ExportQueryDto,
  FinalizeService,
  PublicRoundResultsDto,
  ResultsComputeService,
  ResultsExportService,
  ResultsQueryService,
  RoundResultsDto,
} from '@app/judging';
import type { Response } from 'express';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('rounds/:roundId/results')
export class ResultsController {
  constructor(
    private readonly computing: ResultsComputeService,
    private readonly query: ResultsQueryService,
    private readonly finalizing: FinalizeService,
    private readonly exports: ResultsExportService,
  ) {}

  @Post('compute')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Compute the results of a closed round (judges of the contest, admins)',
    description:
      'Ranking: score desc, |prediction − perfectCount| asc (when asked), durationMs asc, submittedAt asc. ' +
      'Disqualified people are listed last with rank null. 409 ROUND_NOT_CLOSED before the close; 409 RESULTS_FINALIZED after finalization.',
  })
  @ApiOkResponse({ type: RoundResultsDto })
  compute(
    @Param('roundId', UuidParamPipe) roundId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<RoundResultsDto> {
    return this.computing.compute(roundId, user);
  }

  @Get()
  @ApiOperation({ summary: 'The last computed results (judges, admins); 404 when never computed' })
  @ApiOkResponse({ type: RoundResultsDto })
  get(
    @Param('roundId', UuidParamPipe) roundId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<RoundResultsDto> {
    return this.query.get(roundId, user);
  }

  @Post('finalize')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Recompute, lock and publish the results; queue the winners’ e-mails',
    description:
      '409 RESULTS_NOT_COMPUTED, 409 ESSAYS_PENDING (details: the attempts), 409 RESULTS_FINALIZED when done already.',
  })
  @ApiOkResponse({ type: RoundResultsDto })
  finalize(
    @Param('roundId', UuidParamPipe) roundId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<RoundResultsDto> {
    return this.finalizing.finalize(roundId, user);
  }

  @Public()
  @Get(['public', 'final'])
  @ApiOperation({
    summary:
      'The public results of a finalized round: winners with name, unit, prize and a masked phone; participants and the prediction answer (404 before). Also at …/results/final.',
  })
  @ApiOkResponse({ type: PublicRoundResultsDto })
  final(@Param('roundId', UuidParamPipe) roundId: string): Promise<PublicRoundResultsDto> {
    return this.query.publicFinal(roundId);
  }

  @Get('export')
  @ApiOperation({
    summary: 'Download the ranked list (XLSX with a winners sheet, or CSV UTF-8 with BOM)',
    description: 'The SHA-256 of the file is in the X-Content-SHA256 header. Audited.',
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async export(
    @Param('roundId', UuidParamPipe) roundId: string,
    @Query() query: ExportQueryDto,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.exports.export(roundId, query.format, user);
    res.setHeader('X-Content-SHA256', file.sha256);
    const stream = createReadStream(file.path);
    stream.on('close', () => void rm(file.dir, { recursive: true, force: true }));
    return new StreamableFile(stream, {
      type: file.contentType,
      length: file.size,
      disposition: `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    });
  }
}
