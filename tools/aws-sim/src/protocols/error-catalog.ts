import { SimError } from './sim-error';

/** Errors every service can return, named by what happened rather than by code. */
export type ErrorKind =
  | 'throttle'
  | 'accessDenied'
  | 'unsupported'
  | 'internalError'
  | 'unavailable'
  | 'regionDisabled'
  | 'expiredToken'
  | 'missingAuth'
  | 'badPaginationToken'
  | 'validation';

type Entry = [code: string, status: number, message: string];
type Catalog = Record<ErrorKind, Entry>;

const INVALID_TOKEN = 'The security token included in the request is invalid.';
const EXPIRED_TOKEN = 'The security token included in the request is expired';

const QUERY: Catalog = {
  throttle: ['Throttling', 400, 'Rate exceeded'],
  accessDenied: ['AccessDenied', 403, 'User is not authorized to perform this operation'],
  unsupported: ['InvalidAction', 400, 'Could not find operation'],
  internalError: ['InternalFailure', 500, 'An internal error occurred'],
  unavailable: ['ServiceUnavailable', 503, 'Service is unavailable'],
  regionDisabled: ['InvalidClientTokenId', 403, INVALID_TOKEN],
  expiredToken: ['ExpiredToken', 403, EXPIRED_TOKEN],
  missingAuth: ['MissingAuthenticationToken', 403, 'Request is missing Authentication Token'],
  badPaginationToken: ['InvalidInput', 400, 'Invalid Marker'],
  validation: ['ValidationError', 400, 'Invalid request'],
};

const JSON_RPC: Catalog = {
  throttle: ['ThrottlingException', 400, 'Rate exceeded'],
  accessDenied: ['AccessDeniedException', 400, 'User is not authorized to perform this operation'],
  unsupported: ['UnknownOperationException', 400, 'Unknown operation'],
  internalError: ['ServerException', 500, 'Service encountered an internal error'],
  unavailable: ['ServiceUnavailableException', 503, 'Service is unavailable'],
  regionDisabled: ['UnrecognizedClientException', 400, INVALID_TOKEN],
  expiredToken: ['ExpiredTokenException', 400, EXPIRED_TOKEN],
  missingAuth: ['MissingAuthenticationTokenException', 400, 'Missing Authentication Token'],
  badPaginationToken: ['InvalidParameterException', 400, 'Invalid nextToken'],
  validation: ['InvalidParameterException', 400, 'Invalid parameter'],
};

/** Per service, following each service's API reference (codes, and HTTP status codes where they differ). */
const CATALOGS: Record<string, Catalog> = {
  sts: { ...QUERY, expiredToken: ['ExpiredTokenException', 400, EXPIRED_TOKEN] },
  iam: QUERY,
  autoscaling: { ...QUERY, badPaginationToken: ['InvalidNextToken', 400, 'The token is invalid'] },
  ec2: {
    throttle: ['RequestLimitExceeded', 503, 'Request limit exceeded.'],
    accessDenied: ['UnauthorizedOperation', 403, 'You are not authorized to perform this operation.'],
    unsupported: ['InvalidAction', 400, 'The action is not valid for this web service.'],
    internalError: ['InternalError', 500, 'An internal error has occurred'],
    unavailable: ['Unavailable', 503, 'The server is overloaded and cannot handle the request'],
    regionDisabled: ['AuthFailure', 401, 'AWS was not able to validate the provided access credentials'],
    expiredToken: ['RequestExpired', 400, 'Request has expired.'],
    missingAuth: ['MissingAuthenticationToken', 401, 'Request is missing Authentication Token'],
    badPaginationToken: ['InvalidPaginationToken', 400, 'The pagination token is invalid'],
    validation: ['InvalidParameterValue', 400, 'Invalid parameter value'],
  },
  ecs: JSON_RPC,
  organizations: {
    ...JSON_RPC,
    throttle: ['TooManyRequestsException', 400, 'You have sent too many requests in too short a period of time.'],
    internalError: ['ServiceException', 500, 'AWS Organizations can\'t complete your request because of an internal service error.'],
    unavailable: ['ServiceException', 503, 'AWS Organizations is temporarily unavailable.'],
    badPaginationToken: ['InvalidInputException', 400, 'You provided an invalid value for NextToken.'],
    validation: ['InvalidInputException', 400, 'The requested operation failed because you provided invalid values.'],
  },
  eks: {
    ...JSON_RPC,
    throttle: ['ThrottlingException', 429, 'Rate exceeded'],
    accessDenied: ['AccessDeniedException', 403, 'User is not authorized to perform this operation'],
    unsupported: ['UnknownOperationException', 404, 'Unknown operation'],
    regionDisabled: ['UnrecognizedClientException', 403, INVALID_TOKEN],
    expiredToken: ['ExpiredTokenException', 403, EXPIRED_TOKEN],
    missingAuth: ['MissingAuthenticationTokenException', 403, 'Missing Authentication Token'],
  },
};

/** The error `service` returns for `kind`, optionally with a more specific message. */
export function serviceError(service: string, kind: ErrorKind, message?: string): SimError {
  const [code, status, defaultMessage] = (CATALOGS[service] ?? QUERY)[kind];
  return new SimError(code, message ?? defaultMessage, status);
}
