export { ContestReachService } from './contest-reach.service';
export { OembedDto, OembedQueryDto } from './dto/oembed.dto';
export {
  ReminderStatusDto,
  ResultShareDto,
  ShareKitDto,
  SharedResultDto,
  SourceCountsDto,
  SourceInputDto,
} from './dto/sharing.dto';
export { EmbedService } from './embed.service';
export { PostersService } from './posters.service';
export { CARD_KINDS, PublicPagesService, type CardKind } from './public-pages.service';
export { RemindersService } from './reminders.service';
export { ResultSharesService } from './result-shares.service';
export { EMBED_CSS, EMBED_LOADER_JS, EMBED_WIDGET_JS, embedFrameAncestors } from './rules/embed';
export { injectMeta, matchPublicPage } from './rules/page-meta';
export { cardVersion } from './rules/share-card';
export { normalizeShortCode } from './rules/short-code';
export { ShareImageService } from './share-image.service';
export { SharingModule } from './sharing.module';
