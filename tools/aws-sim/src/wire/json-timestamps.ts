/** Members the ECS and EKS models declare as timestamps; JSON protocols send them as epoch seconds. */
const TIMESTAMP_KEYS = new Set([
  'createdAt', 'modifiedAt', 'associatedAt', 'registeredAt', 'deregisteredAt', 'startedAt', 'stoppedAt', 'stoppingAt',
  'pullStartedAt', 'pullStoppedAt', 'executionStoppedAt', 'connectivityAt', 'stabilityStatusAt', 'updatedAt',
  'lastUpdated', 'lastStatusChange', 'lastStartedAt', 'deleteRequestedAt', 'activationExpiry', 'JoinedTimestamp',
]);

/** Map-typed members: their keys are data, never member names. */
const MAP_KEYS = new Set(['tags', 'labels', 'options', 'dockerLabels']);

/** A deep copy of an API-shaped object with ISO timestamps turned into epoch seconds, leaving out the listed members. */
export function toWireJson(value: unknown, omit: readonly string[] = []): unknown {
  if (Array.isArray(value)) return value.map((item) => toWireJson(item));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (member === undefined || omit.includes(key)) continue;
    if (TIMESTAMP_KEYS.has(key) && typeof member === 'string') out[key] = Date.parse(member) / 1000;
    else if (MAP_KEYS.has(key) && !Array.isArray(member)) out[key] = member;
    else out[key] = toWireJson(member);
  }
  return out;
}
