#!/usr/bin/env node
// @ts-check
// `pnpm lint` and `pnpm format`: Biome, with a Korean `--help` (issue 16; Biome's own is
// English and about every option it has). Everything else goes to Biome unchanged.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { HELP, wantsHelp } from './help.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const args = process.argv.slice(2)
if (wantsHelp(args)) {
  process.stdout.write((args.includes('--write') ? HELP.format : HELP.lint) ?? '')
  process.exit(0)
}
// Biome's JS launcher with this Node (node_modules/.bin/biome is a .cmd on Windows).
const r = spawnSync(
  process.execPath,
  [join(root, 'node_modules/@biomejs/biome/bin/biome'), ...args],
  {
    cwd: root,
    stdio: 'inherit',
  },
)
process.exit(r.status ?? 1)
