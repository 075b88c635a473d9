import { type RunningSimulator, startSimulator } from '../server/start-simulator';
import { loadWorld } from '../world/parse-world';
import { WorldValidationError } from '../world/world-error';
import { intFlag, parseFlags, UsageError } from './cli-flags';

const USAGE = 'usage: serve --world FILE [--port PORT] [--host HOST]';

/** Loads the world file and serves it; resolves to the running simulator. */
export async function serve(args: readonly string[], log: (line: string) => void): Promise<RunningSimulator> {
  const flags = parseFlags(args, ['world', 'port', 'host'], ['world']);
  const port = intFlag(flags, 'port', 0, 65535) ?? 4566;
  const started = Date.now();
  const world = loadWorld(flags.world);
  const sim = await startSimulator({ world, port, host: flags.host });
  log(`aws-sim: ${world.accounts.length} accounts from ${flags.world}, ready in ${Date.now() - started} ms`);
  log(sim.url);
  return sim;
}

if (require.main === module) {
  serve(process.argv.slice(2), (line) => console.log(line)).then(
    (sim) => {
      const stop = () => void sim.stop().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (error: unknown) => {
      if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
      else if (error instanceof WorldValidationError) console.error(error.issues.join('\n'));
      else console.error(error);
      process.exit(2);
    },
  );
}
