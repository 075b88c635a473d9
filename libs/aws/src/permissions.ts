import { OPERATIONS, type PermissionHolder, type ServiceName } from './clients/operations';

/** The IAM actions the operations table calls for one holder, sorted: "ec2:DescribeInstances", ... */
export function actionsFor(holder: PermissionHolder): string[] {
  return (Object.keys(OPERATIONS) as ServiceName[])
    .filter((service) => OPERATIONS[service].role === holder)
    .flatMap((service) => Object.keys(OPERATIONS[service].commands).map((operation) => `${service}:${operation}`))
    .sort();
}

/** What the member-account role must allow: exactly the collectors' read calls. */
export const MEMBER_ROLE_ACTIONS: readonly string[] = actionsFor('member');

/** What the organization-discovery role must allow. */
export const DISCOVERY_ROLE_ACTIONS: readonly string[] = actionsFor('discovery');

/** What the scanner's own identity calls (on the member and discovery roles). */
export const SCANNER_ACTIONS: readonly string[] = actionsFor('scanner');
