// The npm registry reachable here has no pagefind binaries for macOS, FreeBSD or Windows,
// so `npm install` leaves them out of package-lock.json and `npm ci` then refuses the lock.
// This adds their lock entries (optional, platform-bound: npm ci skips them on Linux).
// Run it after regenerating the lock file: node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const add = { 'darwin-arm64': ['darwin', 'arm64'], 'darwin-x64': ['darwin', 'x64'], 'freebsd-x64': ['freebsd', 'x64'], 'windows-arm64': ['win32', 'arm64'], 'windows-x64': ['win32', 'x64'] };
const version = lock.packages['node_modules/pagefind'].version;
for (const [name, [os, cpu]] of Object.entries(add)) {
  lock.packages[`node_modules/@pagefind/${name}`] ??= { version, cpu: [cpu], license: 'MIT', optional: true, os: [os] };
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
