// @ts-check
// A Vitest reporter that names each test file as it starts (issue 16: `pnpm test` says
// which package and file is running). Vitest's default reporter, when not on a terminal
// (under turbo), names a file only once it has finished; a browser or whole-build file
// can run for 100 s. Used beside 'default' in the packages whose files run long.
import { relative } from 'node:path'

export default class StartedFiles {
  /** @param {{ moduleId: string }} testModule */
  onTestModuleStart(testModule) {
    process.stdout.write(`▶ ${relative(process.cwd(), testModule.moduleId)}\n`)
  }
}
