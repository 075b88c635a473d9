/**
 * A deterministic, relative, scheme-less path for an AWS resource, so GitHub code scanning can key
 * alerts on it: `aws/<account>/<region>/<service>/<resource segments>`, every segment percent-encoded
 * (`arn:aws:ecs:us-east-1:123456789012:task-definition/web:12` -> `aws/123456789012/us-east-1/ecs/task-definition/web%3A12`).
 * Account and region are `global` when the ARN leaves them empty; a value that is not an ARN lands under `aws/other/`.
 */
export function resourceUri(arn: string): string {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return ['aws', 'other', segment(arn)].join('/');
  const [, , service, region, account] = parts;
  const resource = parts.slice(5).join(':');
  const resourceSegments = resource.split('/').map(segment);
  return ['aws', segment(account || 'global'), segment(region || 'global'), segment(service), ...resourceSegments].join('/');
}

function segment(value: string): string {
  if (value === '') return '_';
  if (value === '.' || value === '..') return value.replaceAll('.', '%2E');
  return encodeURIComponent(value);
}
