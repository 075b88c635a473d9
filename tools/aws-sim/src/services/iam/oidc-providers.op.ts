import { SimError } from '../../protocols/sim-error';
import type { QueryHandler } from '../service';

export const listOpenIdConnectProviders: QueryHandler = ({ account }) => ({
  OpenIDConnectProviderList: account.iam().oidcProviders.map((served) => ({ Arn: served.arn })),
});

/** IAM reports the provider URL without its https:// scheme. */
export const getOpenIdConnectProvider: QueryHandler = ({ account }, input) => {
  const arn = input.required('OpenIDConnectProviderArn');
  const served = account.iam().findOidcProvider(arn);
  if (!served) throw new SimError('NoSuchEntity', `OpenIDConnect Provider not found for arn ${arn}`, 404);
  const { provider } = served;
  return {
    Url: provider.Url.replace(/^https:\/\//, ''),
    ClientIDList: provider.ClientIDList,
    ThumbprintList: provider.ThumbprintList,
    CreateDate: provider.CreateDate,
    Tags: provider.Tags,
  };
};
