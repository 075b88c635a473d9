import { memo } from '../util/memo';
import { regionalSchema, type WorldRegional } from '../world/world.schema';
import { AutoScalingIndex } from './autoscaling-index';
import { Ec2Index } from './ec2-index';
import { EcsIndex } from './ecs-index';
import { EksIndex } from './eks-index';

const EMPTY_REGIONAL: WorldRegional = regionalSchema.parse({});

/** One account's resources in one region; each service's index is built on first use. */
export class RegionState {
  readonly ec2: () => Ec2Index;
  readonly autoscaling: () => AutoScalingIndex;
  readonly ecs: () => EcsIndex;
  readonly eks: () => EksIndex;

  constructor(accountId: string, region: string, data: WorldRegional = EMPTY_REGIONAL) {
    this.ec2 = memo(() => new Ec2Index(data.ec2));
    this.autoscaling = memo(() => new AutoScalingIndex(data.autoscaling));
    this.ecs = memo(() => new EcsIndex(accountId, region, data.ecs));
    this.eks = memo(() => new EksIndex(accountId, region, data.eks));
  }
}
