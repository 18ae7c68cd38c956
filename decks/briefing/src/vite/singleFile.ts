/**
 * The double-click deck (issue 12, item 7): `slidev build` with these plugins writes one
 * dist/index.html with every script, style and font inside, so it opens from file:// (a
 * USB stick, no server, no network). Chromium blocks module scripts loaded from a file://
 * page as cross-origin, and a normal Vite build points at /assets/, the root of the disk.
 *
 * vite-plugin-singlefile (exact pin 2.3.4) turns code splitting off; Slidev's own Vite
 * config (@slidev/cli 52.20.1, serve-*.mjs) sets `output.manualChunks`, which Rolldown
 * refuses together with `codeSplitting: false` ("manualChunks cannot be used when
 * codeSplitting is set to false"), so the second plugin drops Slidev's chunk naming
 * after the single-file plugin has set its options. The hash router comes from
 * `slidev build --router-mode hash` (scripts/build.ts): history routes need a server.
 */
import type { Plugin } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'

const noManualChunks: Plugin = {
  name: 'briefing:single-file-chunks',
  apply: 'build',
  enforce: 'post',
  outputOptions(out) {
    const { manualChunks: _chunks, chunkFileNames: _names, ...rest } = out
    return rest
  },
}

export function singleFile(): Plugin[] {
  // Its declared return type is Vite's wider PluginOption; it returns one plugin object.
  return [{ ...(viteSingleFile() as Plugin), apply: 'build' }, noManualChunks]
}
