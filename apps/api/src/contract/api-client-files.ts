import { join } from 'node:path';
import { openApiToTypeScript, type OpenApiInput } from '@rolecall/api-client';
import { apiDocument } from './api-document';

/** The committed files made from the document: the document itself (for other generators) and the client's types. */
export function apiClientFiles(root: string): Record<string, string> {
  const document = apiDocument();
  return {
    [join(root, 'libs/api-client/openapi.json')]: `${JSON.stringify(document, null, 2)}\n`,
    [join(root, 'libs/api-client/src/generated/api.ts')]: openApiToTypeScript(document as unknown as OpenApiInput),
  };
}
