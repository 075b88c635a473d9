import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anEcsCluster, anEksCluster, anInstance } from '@rolecall/model/testing';
import { emptyRegionInventory, mergeRegions } from './region.collector';

test('regions merge list by list in region order; no regions give empty lists', () => {
  const east = emptyRegionInventory();
  east.ecs.clusters.push(anEcsCluster({ region: 'us-east-1' }));
  east.ec2.instances.push(anInstance({ region: 'us-east-1' }));
  const west = emptyRegionInventory();
  west.ecs.clusters.push(anEcsCluster({ region: 'us-west-2' }));
  west.eks.clusters.push(anEksCluster({ region: 'us-west-2' }));
  const merged = mergeRegions([east, west]);
  assert.deepEqual(merged.ecs.clusters.map((cluster) => cluster.region), ['us-east-1', 'us-west-2']);
  assert.equal(merged.ec2.instances.length, 1);
  assert.equal(merged.eks.clusters.length, 1);
  assert.deepEqual(mergeRegions([]), emptyRegionInventory());
});
