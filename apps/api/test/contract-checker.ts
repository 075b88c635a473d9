import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { documentedOperations, type OpenApi } from './openapi-document';

const DOCUMENT_ID = 'rolecall-openapi';

/** A response as received: the body as text, whatever its media type. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/**
 * Checks real responses against the document: the status must be documented for the operation, the
 * content type must be one it lists, and the body must match that media type's schema (ajv, JSON Schema
 * 2020-12). Remembers which operations answered with a success, so a test can insist on all of them.
 */
export class ContractChecker {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly succeeded = new Set<string>();

  constructor(private readonly document: OpenApi) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: DOCUMENT_ID, components: document.components });
  }

  /** `operation` is "GET /v1/scans/{id}"; returns the response for further assertions. */
  check(operation: string, response: RawResponse): RawResponse {
    const [method, path] = operation.split(' ');
    const documented = this.document.paths[path]?.[method.toLowerCase()];
    assert.ok(documented, `${operation} is not in the document`);
    const described = documented.responses[String(response.status)];
    assert.ok(described, `${operation} answered ${response.status}, which the document does not list: ${response.text.slice(0, 300)}`);
    const mediaType = String(response.headers['content-type'] ?? '').split(';')[0].trim();
    if (!described.content) {
      assert.equal(response.text, '', `${operation} ${response.status} should have no body`);
    } else {
      const content = described.content[mediaType];
      assert.ok(content, `${operation} ${response.status} answered ${mediaType}; documented: ${Object.keys(described.content).join(', ')}`);
      const body = /json$/.test(mediaType) ? JSON.parse(response.text) : response.text;
      const validate = this.ajv.compile(JSON.parse(JSON.stringify(content.schema).replaceAll('"#/components/', `"${DOCUMENT_ID}#/components/`)));
      assert.ok(validate(body), `${operation} ${response.status} ${mediaType} does not match its schema: ${this.ajv.errorsText(validate.errors)}`);
    }
    if (response.status < 300) this.succeeded.add(operation);
    return response;
  }

  /** Documented operations no call has yet answered with a success. */
  untested(): string[] {
    return documentedOperations(this.document).filter((operation) => !this.succeeded.has(operation));
  }
}
