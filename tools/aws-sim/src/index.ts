export { startSimulator, type RunningSimulator, type SimulatorOptions } from './server/start-simulator';
export { loadWorld, parseWorld } from './world/parse-world';
export { WorldValidationError } from './world/world-error';
export { worldSchema, type World, type ValidWorld, type WorldAccount } from './world/world.schema';
export { faultsSchema, type Faults } from './faults/faults.schema';
export { countCalls, type CallCount, type CallCounts } from './calls/call-counter';
export { sampleWorldPath } from './world/sample-world';
