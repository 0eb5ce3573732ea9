import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

export class ResultShareDto {
  @ApiProperty() code: string;
  @ApiProperty({ description: 'The public page of the shared result' }) url: string;
  @ApiProperty({ type: String, nullable: true, description: '1200×630 PNG (versioned URL)' })
  imageUrl: string | null;
}

export class SharedResultDto {
  @ApiProperty() code: string;
  @ApiProperty({ description: 'Only the first name: nothing else about the person' })
  firstName: string;
  @ApiProperty() score: number;
  @ApiProperty() maxScore: number;
  @ApiProperty({ type: Number, nullable: true }) rank: number | null;
  @ApiProperty() contestTitle: string;
  @ApiProperty() contestSlug: string;
  @ApiProperty() roundId: string;
  @ApiProperty() roundTitle: string;
}

export class SourceInputDto {
  @ApiProperty({ example: 'zalo-oa', description: 'The ?src= the person arrived with' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/)
  src: string;
}

export class SourceCountDto {
  @ApiProperty({ example: 'zalo-oa' }) source: string;
  @ApiProperty({ description: 'Visits of the contest page with this ?src=' }) visits: number;
  @ApiProperty({ description: 'Signed-in people who arrived first through it' }) people: number;
  @ApiProperty({ description: 'Of them, those who took at least one round' })
  participants: number;
}

export class SourceCountsDto {
  @ApiProperty({ type: [SourceCountDto] }) items: SourceCountDto[];
}

export class ReminderStatusDto {
  @ApiProperty() subscribed: boolean;
}

export class ShareKitDto {
  @ApiProperty() shortCode: string;
  @ApiProperty({ example: 'https://thi.example.vn/c/ab3x7kq' }) shortUrl: string;
  @ApiProperty() pageUrl: string;
  @ApiProperty() qrPngUrl: string;
  @ApiProperty() qrSvgUrl: string;
  @ApiProperty({ description: 'A4 PDF (organizers; send the access token)' }) posterUrl: string;
  @ApiProperty({
    description: 'The same PDF as a plain link that works without the token for 24 hours',
  })
  posterDownloadUrl: string;
  @ApiProperty({ description: 'Ready Vietnamese text to paste into Zalo/Facebook' })
  announcement: string;
  @ApiProperty({ description: 'One line for the federation website' }) embedCode: string;
  @ApiProperty() embedUrl: string;
  @ApiProperty() imageUrl: string;
}
