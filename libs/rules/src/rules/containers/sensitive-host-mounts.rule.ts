import type { Rule } from '../../engine/rule';
import { containerHits } from './container-hits';
import { TASK_DEFINITION_TYPE } from './task-definition-ref';
import { READS } from '../../engine/reads';

const SENSITIVE_TREES = ['/proc', '/etc', '/var/lib/docker', '/root'];

/** The host root, a Docker socket, or anything in (or at) a sensitive tree. */
export function isSensitiveHostPath(path: string): boolean {
  const normalized = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (normalized === '/' || normalized.endsWith('/docker.sock')) return true;
  return SENSITIVE_TREES.some((tree) => normalized === tree || normalized.startsWith(`${tree}/`));
}

export const sensitiveHostMountsRule: Rule = {
  metadata: {
    id: 'ecs.task-definition.sensitive-host-mount',
    title: 'ECS container mounts a sensitive host path',
    severity: 'high',
    resourceType: TASK_DEFINITION_TYPE,
    description: 'A container mounts a host volume at /, the Docker socket, /proc, /etc, /var/lib/docker or /root.',
    risk:
      'The Docker socket is root on the host; the host root, /etc or /root expose credentials and allow persistence; ' +
      '/proc and /var/lib/docker expose other containers. Any of them turns a container compromise into a host compromise.',
    remediation: 'Remove the host volume, or replace it with a task-scoped volume (or EFS) mounted read-only where possible.',
    references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/bind-mounts.html'],
    compliance: [],
    reads: { needs: READS.taskDefinitions, enriches: [] },
  },
  evaluate({ inventory }) {
    return containerHits(inventory, (container, definition) => {
      const hostPaths = new Map(definition.volumes.flatMap((volume) => (volume.hostSourcePath ? [[volume.name, volume.hostSourcePath] as const] : [])));
      const mounts = container.mountPoints.flatMap((mount) => {
        const hostPath = hostPaths.get(mount.sourceVolume);
        return hostPath !== undefined && isSensitiveHostPath(hostPath)
          ? [{ hostPath, containerPath: mount.containerPath, readOnly: mount.readOnly }]
          : [];
      });
      if (mounts.length === 0) return undefined;
      return { problem: `mounts host path(s) ${mounts.map((mount) => mount.hostPath).join(', ')}`, evidence: { mounts } };
    });
  },
};
