/**
 * What `npm run dev` prints once it listens: where it is, which admin token it takes, and what to try
 * next, so the first minute needs no reading. A token the user set is shown by name only (it is
 * theirs, and may be a real secret); a generated one is shown, as nobody could learn it otherwise.
 */
export function devReadyBanner(options: { port: number; generatedToken?: string }): string {
  const url = `http://127.0.0.1:${options.port}`;
  const tokenLine = options.generatedToken
    ? `  admin token: ${options.generatedToken} (generated for this run; set ROLECALL_ADMIN_TOKEN to choose one)`
    : '  admin token: the value of ROLECALL_ADMIN_TOKEN';
  const token = options.generatedToken ?? '$ROLECALL_ADMIN_TOKEN';
  return [
    '',
    `rolecall is ready at ${url} (api docs: ${url}/docs)`,
    tokenLine,
    '',
    'start an organization scan:',
    `  curl -s -X POST ${url}/v1/scans -H "Authorization: Bearer ${token}" \\`,
    `    -H 'Content-Type: application/json' -d '{"scope":{"organization":true},"regions":["us-east-1"]}'`,
    'no AWS account at hand? stop this and run: npm run demo',
    '',
  ].join('\n');
}
