import type { IamInventory, OidcProvider } from '@rolecall/model';
import { GLOBAL_REGION } from '@rolecall/model';
import { mapLimit } from '../concurrency';
import { paginate, type Collection } from '../collection';
import { managedPolicyFromDetail, roleFromDetail } from '../transforms/iam.transform';
import { tagsFrom } from '../transforms/shared';

/**
 * Roles and managed policies in one paginated GetAccountAuthorizationDetails family (no per-role
 * calls), plus the account's OIDC providers.
 */
export async function collectIam(collection: Collection): Promise<IamInventory> {
  const [details, oidcProviders] = await Promise.all([
    collection.attempt(() => authorizationDetails(collection)),
    collection.attempt(() => collectOidcProviders(collection)),
  ]);
  const { accountId } = collection;
  return {
    roles: collection.identified('iam role', GLOBAL_REGION, (details?.roles ?? []).map((role) => roleFromDetail(role, accountId))),
    managedPolicies: collection.identified(
      'iam managed policy',
      GLOBAL_REGION,
      (details?.policies ?? []).map((policy) => managedPolicyFromDetail(policy, accountId)),
    ),
    oidcProviders: oidcProviders ?? [],
  };
}

async function authorizationDetails(collection: Collection) {
  const { session } = collection;
  const pages = await paginate(async (marker) => {
    const page = await session.call('iam', 'GetAccountAuthorizationDetails', {
      Filter: ['Role', 'LocalManagedPolicy', 'AWSManagedPolicy'],
      MaxItems: 1000,
      Marker: marker,
    });
    return { items: [page], next: page.IsTruncated ? page.Marker : undefined };
  });
  return {
    roles: pages.flatMap((page) => page.RoleDetailList ?? []),
    policies: pages.flatMap((page) => page.Policies ?? []),
  };
}

async function collectOidcProviders(collection: Collection): Promise<OidcProvider[]> {
  const { session, accountId } = collection;
  const { OpenIDConnectProviderList } = await session.call('iam', 'ListOpenIDConnectProviders', {});
  const arns = (OpenIDConnectProviderList ?? []).flatMap((entry) => (entry.Arn ? [entry.Arn] : []));
  return mapLimit(arns, 2, async (arn) => {
    const provider = await session.call('iam', 'GetOpenIDConnectProvider', { OpenIDConnectProviderArn: arn });
    return {
      arn,
      accountId,
      region: GLOBAL_REGION,
      url: provider.Url ?? '',
      clientIds: provider.ClientIDList ?? [],
      thumbprints: provider.ThumbprintList ?? [],
      tags: tagsFrom(provider.Tags),
    };
  });
}
