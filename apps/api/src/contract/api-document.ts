import { ApiModule } from '../api.module';
import { buildOpenApiDocument, type OpenApiDocument } from './openapi-document';
import { controllersOf, routesOf } from './route-discovery';
import { API_VERSION } from './serve-api-docs';

/** The document of the api module, made without starting anything: what the client is generated from. */
export function apiDocument(): OpenApiDocument {
  return buildOpenApiDocument(routesOf(controllersOf(ApiModule)), API_VERSION);
}
