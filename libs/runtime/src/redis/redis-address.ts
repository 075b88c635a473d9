/** Where REDIS_URL points, without its credentials, for log lines and errors. */
export function redisAddress(redisUrl: string): string {
  try {
    const url = new URL(redisUrl);
    return `${url.protocol}//${url.host}`;
  } catch {
    return 'an invalid URL';
  }
}
