import type { QueryService } from '../services/service';
import { escapeXml, QUERY_NAMING, xmlMembers, type XmlValue } from '../wire/xml-writer';
import type { SimError } from './sim-error';
import type { SimResponse } from './sim-response';

const XML = 'text/xml';

/** <OpResponse><OpResult>...</OpResult><ResponseMetadata>...</ResponseMetadata></OpResponse>, as awsQuery services answer. */
export function queryResult(service: QueryService, operation: string, result: { [member: string]: XmlValue }, requestId: string): SimResponse {
  const body =
    `<${operation}Response xmlns="${service.xmlns}"><${operation}Result>${xmlMembers(result, QUERY_NAMING)}</${operation}Result>` +
    `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>`;
  return { status: 200, headers: { 'content-type': XML, 'x-amzn-requestid': requestId }, body };
}

/** <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>. */
export function queryError(service: QueryService, error: SimError, requestId: string): SimResponse {
  const body =
    `<ErrorResponse xmlns="${service.xmlns}"><Error><Type>${error.faultType}</Type><Code>${escapeXml(error.code)}</Code>` +
    `<Message>${escapeXml(error.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
  return { status: error.status, headers: { 'content-type': XML, 'x-amzn-requestid': requestId }, body };
}
