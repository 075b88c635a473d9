// `npm run build`: an incremental TypeScript build into dist. The build info lives in dist
// (dist/tsconfig.tsbuildinfo), so deleting dist always means a full build; otherwise only what
// changed is re-checked and re-emitted. (`nest build`, still used for the image where dist starts
// empty, re-checks everything every time.) Prints what it is doing, so nobody waits in silence.
import ts from 'typescript';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { aliasRewriter } from './build-aliases.mjs';
import { markBuilt, upToDate } from './build-stamp.mjs';
import { pruneDist } from './prune-dist.mjs';

const configPath = process.argv[2] ?? 'tsconfig.json';
const startedAt = Date.now();
const say = (text) => process.stderr.write(text);
const elapsed = () => `${(performance.now() / 1000).toFixed(1)} s`;

const parsed = ts.getParsedCommandLineOfConfigFile(configPath, undefined, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
    throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  },
});
const { options } = parsed;
const buildInfo = ts.getTsBuildInfoEmitOutputFilePath(options);
if (upToDate(options.outDir, configPath, buildInfo)) {
  say(`build: nothing changed since the last build (${elapsed()})\n`);
  process.exit(0);
}
const pruned = pruneDist(options.outDir);
say(existsSync(buildInfo) ? 'building (incremental)… ' : 'building (full: no previous build in dist, ~30-40 s)… ');
if (pruned) say(`removed ${pruned} outputs of deleted sources… `);

const program = ts.createIncrementalProgram({
  rootNames: parsed.fileNames,
  options,
  projectReferences: parsed.projectReferences,
  configFileParsingDiagnostics: parsed.errors,
  host: ts.createIncrementalCompilerHost(options),
});
say('checking… ');
const diagnostics = [
  ...program.getConfigFileParsingDiagnostics(),
  ...program.getOptionsDiagnostics(),
  ...program.getSyntacticDiagnostics(),
  ...program.getGlobalDiagnostics(),
  ...program.getSemanticDiagnostics(),
];
let written = 0;
const writeFile = (path, text, bom) => {
  if (!path.endsWith('.tsbuildinfo')) written++;
  ts.sys.writeFile(path, text, bom);
};
const emitted = program.emit(undefined, writeFile, undefined, false, { before: [aliasRewriter(options)] });
diagnostics.push(...emitted.diagnostics);

say(`done in ${elapsed()} (${written} files written)\n`);
if (diagnostics.length) {
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: ts.sys.getCurrentDirectory, getNewLine: () => ts.sys.newLine };
  console.error(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
  console.error(`Found ${diagnostics.length} error(s).`);
  process.exit(1);
}
markBuilt(options.outDir, configPath, startedAt);
