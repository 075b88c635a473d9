import { autoScalingService } from './autoscaling/autoscaling.service';
import { ec2Service } from './ec2/ec2.service';
import { ecsService } from './ecs/ecs.service';
import { eksService } from './eks/eks.service';
import { iamService } from './iam/iam.service';
import { organizationsService } from './organizations/organizations.service';
import type { QueryService, ServiceDefinition } from './service';
import { stsService } from './sts/sts.service';

const SERVICES = new Map<string, ServiceDefinition>(
  [stsService, organizationsService, iamService, ec2Service, autoScalingService, ecsService, eksService].map((service) => [service.name, service]),
);

/** The service for a SigV4 signing name. */
export function findService(signingName: string): ServiceDefinition | undefined {
  return SERVICES.get(signingName);
}

/** Answers requests that name no service the simulator serves (awsQuery error format). */
export const FALLBACK_SERVICE: QueryService = stsService;
