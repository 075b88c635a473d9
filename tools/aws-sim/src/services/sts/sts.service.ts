import type { QueryService } from '../service';
import { assumeRole } from './assume-role.op';
import { getCallerIdentity } from './get-caller-identity.op';

export const stsService: QueryService = {
  name: 'sts',
  protocol: 'query',
  global: false,
  version: '2011-06-15',
  xmlns: 'https://sts.amazonaws.com/doc/2011-06-15/',
  operations: { GetCallerIdentity: getCallerIdentity, AssumeRole: assumeRole },
};
