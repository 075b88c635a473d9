import type { QueryService } from '../service';
import { getAccountAuthorizationDetails } from './get-account-authorization-details.op';
import { getOpenIdConnectProvider, listOpenIdConnectProviders } from './oidc-providers.op';
import { generateServiceLastAccessedDetails, getServiceLastAccessedDetails } from './service-last-accessed.op';

export const iamService: QueryService = {
  name: 'iam',
  protocol: 'query',
  global: true,
  version: '2010-05-08',
  xmlns: 'https://iam.amazonaws.com/doc/2010-05-08/',
  operations: {
    GetAccountAuthorizationDetails: getAccountAuthorizationDetails,
    ListOpenIDConnectProviders: listOpenIdConnectProviders,
    GetOpenIDConnectProvider: getOpenIdConnectProvider,
    GenerateServiceLastAccessedDetails: generateServiceLastAccessedDetails,
    GetServiceLastAccessedDetails: getServiceLastAccessedDetails,
  },
};
