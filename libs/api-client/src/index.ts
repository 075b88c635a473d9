export { ApiClient, ApiError, type ApiClientOptions, type ErrorBody, type Input, type OperationId, type SuccessBody } from './api-client';
export { OPERATIONS, type components, type operations } from './generated/api';
export { openApiToTypeScript, type OpenApiInput } from './generate/openapi-to-typescript';
