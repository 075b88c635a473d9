import type { Ec2Service } from '../services/service';
import { EC2_NAMING } from '../wire/ec2-naming';
import { escapeXml, xmlMembers, type XmlValue } from '../wire/xml-writer';
import type { SimError } from './sim-error';
import type { SimResponse } from './sim-response';

const XML = 'text/xml;charset=UTF-8';

/** <OpResponse><requestId/>members</OpResponse>: ec2Query has no Result wrapper. Members use EC2's element names. */
export function ec2Result(service: Ec2Service, operation: string, result: { [member: string]: XmlValue }, requestId: string): SimResponse {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<${operation}Response xmlns="${service.xmlns}"><requestId>${requestId}</requestId>${xmlMembers(result, EC2_NAMING)}</${operation}Response>`;
  return { status: 200, headers: { 'content-type': XML }, body };
}

/** <Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/></Response>. */
export function ec2Error(error: SimError, requestId: string): SimResponse {
  const body =
    `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message></Error></Errors>` +
    `<RequestID>${requestId}</RequestID></Response>`;
  return { status: error.status, headers: { 'content-type': XML }, body };
}
