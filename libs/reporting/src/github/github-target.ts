/** Where a SARIF file goes: the API base URL (https://api.github.com or https://HOST/api/v3 for GitHub Enterprise Server). */
export interface GithubTarget {
  apiBaseUrl: string;
  owner: string;
  repo: string;
  token: string;
}

/**
 * An API base URL Rolecall may call: https, or http on a loopback host only when insecure is allowed
 * (tests). Returns the normalized URL without a trailing slash, or an error message.
 */
export function checkGithubApiBaseUrl(value: string, allowInsecureLoopback: boolean): { url: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { error: 'must be an absolute URL' };
  }
  if (url.username || url.password || url.search || url.hash) return { error: 'must not carry credentials, a query or a fragment' };
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback && allowInsecureLoopback)) {
    return { error: 'must use https (http only on loopback with ROLECALL_ALLOW_INSECURE_GITHUB=true)' };
  }
  return { url: url.toString().replace(/\/+$/, '') };
}
