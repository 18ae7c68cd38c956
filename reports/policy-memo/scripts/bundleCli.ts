/**
 * `pnpm --filter @briefing/policy-memo bundle` (run by `pnpm build` first, and cached by
 * Turbo on the code alone): our TypeScript for the memo's build command — this package's
 * src/ and the workspace packages it imports — compiled by esbuild into one file,
 * `.bundle/build.mjs`. Issue 14 asks the memo's fresh process to cost at most 1.5 times a
 * bare React-PDF script; under `node --import tsx` every one of our ~300 modules went
 * through tsx's loader thread on each start. Dependencies stay outside the file: each is
 * imported from its own place in node_modules (by a path relative to the bundle), so
 * React-PDF, fontkit (whose font objects shapingCache.ts memoises) and zod are the same
 * single copies the unbundled code uses. `import.meta.url` in a bundled file still
 * names that file, so paths found from it (the workspace root, the fonts) do not move.
 * Also used by bench.ts to bundle the bare baseline the same way.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { builtinModules } from 'node:module'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'esbuild'
import { hashOf } from './runBuild.mjs'

const here = dirname(fileURLToPath(import.meta.url))
export const packageDir = resolve(here, '..')
export const bundleDir = join(packageDir, '.bundle')
/** Written beside the bundle: every source file it was made from, with its hash (runBuild.mjs). */
export const INPUTS_FILE = 'inputs.json'

const builtins = new Set(builtinModules)
const SKIP = Symbol('bundleCli: resolving')

/** Bundles `entry` (our code) into `outfile`; dependencies stay imports. */
export async function bundle(entry: string, outfile: string): Promise<readonly string[]> {
  const outDir = dirname(resolve(outfile))
  const fromBundle = (file: string): string => {
    const path = relative(outDir, file).replaceAll(sep, '/')
    return path.startsWith('.') ? path : `./${path}`
  }
  const plugin: Plugin = {
    name: 'workbench-own-code-only',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === SKIP || args.path.startsWith('@briefing/')) return undefined
        if (args.path.startsWith('node:') || builtins.has(args.path.split('/')[0] ?? ''))
          return { path: args.path, external: true }
        const found = await b.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: SKIP,
        })
        if (found.errors.length > 0) return { errors: found.errors }
        return { path: fromBundle(found.path), external: true }
      })
      b.onLoad({ filter: /\.(?:m?[jt]s|tsx)$/ }, async (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined
        const text = await readFile(args.path, 'utf8')
        if (!text.includes('import.meta.url')) return undefined
        const own = `new URL(${JSON.stringify(fromBundle(args.path))}, import.meta.url).href`
        const loader = args.path.endsWith('.tsx') ? 'tsx' : args.path.endsWith('.ts') ? 'ts' : 'js'
        return { contents: text.replaceAll('import.meta.url', own), loader }
      })
    },
  }
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    // Readable stack traces: no minifying, names kept.
    keepNames: true,
    metafile: true,
    plugins: [plugin],
    logLevel: 'warning',
  })
  // The lockfile too: the bundle imports dependencies by their paths in node_modules/.pnpm,
  // which change with a version or a patch (its hash is in the folder name).
  const inputs = [
    ...Object.keys(result.metafile.inputs).map((file) => resolve(file)),
    resolve(packageDir, '../../pnpm-lock.yaml'),
  ]
  const hashes = Object.fromEntries(inputs.map((file) => [fromBundle(file), hashOf(file)]))
  await writeFile(`${resolve(outfile)}.${INPUTS_FILE}`, `${JSON.stringify(hashes, null, 1)}\n`)
  return inputs
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now()
  const inputs = await bundle(join(packageDir, 'src/cli/build.ts'), join(bundleDir, 'build.mjs'))
  console.log(
    `policy-memo: .bundle/build.mjs from ${inputs.length} files (${Math.round(performance.now() - started)} ms)`,
  )
}
