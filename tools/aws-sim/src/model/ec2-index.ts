import type { WorldEc2, WorldInstance, WorldLaunchTemplate } from '../world/ec2.schema';

/** One account's EC2 in one region. */
export class Ec2Index {
  readonly instances: WorldInstance[];
  readonly launchTemplates: WorldLaunchTemplate[];
  private readonly instanceById: Map<string, WorldInstance>;
  private readonly templateById: Map<string, WorldLaunchTemplate>;
  private readonly templateByName: Map<string, WorldLaunchTemplate>;

  constructor(readonly data: WorldEc2) {
    this.instances = data.instances;
    this.launchTemplates = data.launchTemplates;
    this.instanceById = new Map(data.instances.map((instance) => [instance.InstanceId, instance]));
    this.templateById = new Map(data.launchTemplates.map((lt) => [lt.LaunchTemplateId, lt]));
    this.templateByName = new Map(data.launchTemplates.map((lt) => [lt.LaunchTemplateName, lt]));
  }

  findInstance(id: string): WorldInstance | undefined {
    return this.instanceById.get(id);
  }

  findTemplateById(id: string): WorldLaunchTemplate | undefined {
    return this.templateById.get(id);
  }

  findTemplateByName(name: string): WorldLaunchTemplate | undefined {
    return this.templateByName.get(name);
  }
}
