/** The parts of a SigV4 credential scope: Credential=AKID/date/region/service/aws4_request. */
export interface CredentialScope {
  accessKeyId: string;
  region: string;
  service: string;
}

const CREDENTIAL = /Credential=([^/,\s]+)\/\d{8}\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request/;

/** Reads the scope from an Authorization header; the signature itself is not checked. */
export function parseCredentialScope(authorization: string | undefined): CredentialScope | undefined {
  const match = authorization ? CREDENTIAL.exec(authorization) : null;
  if (!match) return undefined;
  return { accessKeyId: match[1], region: match[2], service: match[3] };
}
