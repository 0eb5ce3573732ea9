import { Module } from '@nestjs/common';
import { SharingModule } from '@app/sharing';
import { PostersController } from './posters.controller';
import { PublicLinksController } from './public-links.controller';
import { ShareImagesController } from './share-images.controller';
import { SharingController } from './sharing.controller';

@Module({
  imports: [SharingModule],
  controllers: [SharingController, ShareImagesController, PublicLinksController, PostersController],
})
export class SharingApiModule {}
