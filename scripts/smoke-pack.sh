#!/usr/bin/env bash
# Packs asn-kit, installs the tarball into an empty project (with zod, its peer, and fast-check, the optional peer
# that asn-kit/testing needs) and loads the root and every subpath with both `import` and `require`, calling one
# function of each through the installed package.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
cd "$work"
npm init -y > /dev/null
npm install --no-audit --no-fund --silent "./${tarball}" "zod@$(node -p "require('${root}/node_modules/zod/package.json').version")" \
  "fast-check@$(node -p "require('${root}/node_modules/fast-check/package.json').version")"
subpaths=$(node -e "console.log(Object.keys(require('${root}/package.json').exports).filter((key) => key !== './package.json').map((key) => key.replace(/^\./, 'asn-kit')).join(' '))")
cat > check.mjs <<'JS'
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
for (const name of process.argv.slice(2)) {
  const esm = await import(name);
  const cjs = require(name);
  const keys = Object.keys(esm).sort().join();
  if (keys === '' || keys !== Object.keys(cjs).sort().join()) throw new Error(`${name}: ESM and CJS exports differ`);
  console.log(`${name}: import and require OK (${Object.keys(esm).length} exports)`);
}
const { parseNip } = await import('asn-kit/employee');
const { countWorkingDays, createCalendar } = require('asn-kit/calendar');
const nip = parseNip('19660801.198803.1.001');
const days = countWorkingDays(createCalendar()._unsafeUnwrap(), '2025-03-24', '2025-04-11');
if (!nip.isOk() || nip.value.birthDate !== '1966-08-01' || days._unsafeUnwrap() !== 8) throw new Error('unexpected results');
console.log('parseNip (import) and countWorkingDays (require) work from the installed tarball');
JS
# shellcheck disable=SC2086
node check.mjs $subpaths
