export { startSimulator, type RunningSimulator, type SimulatorOptions } from './server/start-simulator';
export { loadWorld, parseWorld } from './world/parse-world';
export { sampleWorldPath } from './world/sample-world';
export { WorldValidationError } from './world/world-error';
export { worldSchema, type World, type ValidWorld, type WorldAccount } from './world/world.schema';
export { generateWorld, type GenerateWorldOptions } from './generator/generate-world';
export { faultsSchema, type Faults } from './faults/faults.schema';
export { countCalls, type CallCount, type CallCounts } from './calls/call-counter';
