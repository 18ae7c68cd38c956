/**
 * The bare baseline as a command (bareMemo.ts): `node .bundle/bare.mjs <pages.json>
 * <out.pdf>`. A file of its own, because a bundled file's `import.meta.url` names its
 * source (scripts/bundleCli.ts), so it cannot tell whether it is the main module.
 */
import { bareCold } from './bareMemo.ts'

const [pagesFile, out] = process.argv.slice(2)
if (!pagesFile || !out) throw new Error('usage: bare.mjs <pages.json> <out.pdf>')
await bareCold(pagesFile, out)
