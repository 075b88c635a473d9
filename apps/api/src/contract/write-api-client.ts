import { writeFileSync } from 'node:fs';
import { apiClientFiles } from './api-client-files';

/** `npm run client:generate`: rewrites libs/api-client/openapi.json and the client's generated types. */
for (const [path, content] of Object.entries(apiClientFiles(process.cwd()))) {
  writeFileSync(path, content);
  console.log(`${path}: ${content.length} bytes`);
}
