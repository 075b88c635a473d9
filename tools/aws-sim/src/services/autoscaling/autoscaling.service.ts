import type { QueryService } from '../service';
import { describeAutoScalingGroups } from './describe-auto-scaling-groups.op';
import { describeLaunchConfigurations } from './describe-launch-configurations.op';

export const autoScalingService: QueryService = {
  name: 'autoscaling',
  protocol: 'query',
  global: false,
  version: '2011-01-01',
  xmlns: 'http://autoscaling.amazonaws.com/doc/2011-01-01/',
  operations: {
    DescribeAutoScalingGroups: describeAutoScalingGroups,
    DescribeLaunchConfigurations: describeLaunchConfigurations,
  },
};
