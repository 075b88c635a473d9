import type { EgressPolicy } from '@rolecall/egress';

/** Where a SARIF file goes: the API base URL (https://api.github.com or https://HOST/api/v3 for GitHub Enterprise Server). */
export interface GithubTarget {
  apiBaseUrl: string;
  owner: string;
  repo: string;
  token: string;
}

/**
 * An API base URL Rolecall may call: what the egress policy allows (https to api.github.com or a
 * host in ROLECALL_GITHUB_HOSTS), without credentials, a query or a fragment. Returns the normalized
 * URL without a trailing slash, or an error message.
 */
export function checkGithubApiBaseUrl(value: string, policy: EgressPolicy): { url: string } | { error: string } {
  const checked = policy.checkUrl(value);
  if ('error' in checked) return checked;
  const { url } = checked;
  if (url.search || url.hash) return { error: 'must not carry a query or a fragment' };
  return { url: url.toString().replace(/\/+$/, '') };
}
