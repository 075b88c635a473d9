import type { QueryHandler } from '../service';

export const getCallerIdentity: QueryHandler = ({ caller }) => ({
  UserId: caller.userId,
  Account: caller.accountId,
  Arn: caller.arn,
});
