// The registry these machines reach does not serve msgpackr-extract's prebuilt packages for other
// platforms, so npm cannot record them and `npm ci` then refuses the lockfile as out of sync.
// This adds their lock entries (never installed on Linux x64): run `npm run lockfile:platforms` after
// any `npm install` that changes the lockfile.
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORMS = { 'darwin-arm64': ['darwin', 'arm64'], 'darwin-x64': ['darwin', 'x64'], 'linux-arm': ['linux', 'arm'], 'linux-arm64': ['linux', 'arm64'], 'linux-x64': ['linux', 'x64'], 'win32-x64': ['win32', 'x64'] };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const parent = lock.packages['node_modules/msgpackr-extract'];
if (!parent) process.exit(0);
const PREFIX = 'node_modules/@msgpackr-extract/';
const packages = {};
let placed = false;
const place = () => {
  for (const [platform, [os, cpu]] of Object.entries(PLATFORMS)) {
    const name = `${PREFIX}msgpackr-extract-${platform}`;
    packages[name] = lock.packages[name] ?? { version: parent.version, cpu: [cpu], license: 'MIT', optional: true, os: [os] };
  }
  placed = true;
};
// Keep npm's order: the platform entries sit where npm put the ones it recorded.
for (const [key, value] of Object.entries(lock.packages)) {
  if (key.startsWith(PREFIX)) {
    if (!placed) place();
    continue;
  }
  if (!placed && key === 'node_modules/msgpackr') place();
  packages[key] = value;
}
lock.packages = packages;
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
