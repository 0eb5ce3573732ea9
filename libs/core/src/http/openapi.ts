import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/**
 * The OpenAPI document of the HoiThi API. Served at /api/docs-json by `setupApp`, and built
 * without a database by `npm run api:types` (scripts/api-types.ts), which turns it into the web
 * app's types (apps/web/src/api/schema.d.ts). The app must already have its global prefix.
 */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('HoiThi API')
      .setDescription(
        'Online knowledge contests for Vietnam trade unions. Errors: { statusCode, code, message, requestId, details? }.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
}
