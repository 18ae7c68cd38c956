/**
 * Vite plugins of the deck. Registered here rather than in vite.config.ts because Slidev
 * bundles vite.config.ts with Vite's config loader, which leaves workspace packages
 * external and then cannot import their TypeScript sources (vitejs/vite#16040,
 * ERR_UNKNOWN_FILE_EXTENSION ".ts"); setup files go through jiti, which can.
 */
import { defineVitePluginsSetup } from '@slidev/types'
import type { Plugin } from 'vite'
import { briefingData } from '../src/vite/briefingData.ts'
import { singleFile } from '../src/vite/singleFile.ts'

/**
 * The print page (/print, all slides on one page) in the built deck. Slidev compiles it in
 * only when it builds with `download` on (@slidev/cli 52.20.1, the __SLIDEV_FEATURE_PRINT__
 * define), which also runs Slidev's own PDF exporter; scripts/printDeck.ts prints the page
 * itself, faster (see there), so the build asks for the page alone.
 */
const printPage: Plugin = {
  name: 'briefing:print-page',
  apply: 'build',
  config: () => ({ define: { __SLIDEV_FEATURE_PRINT__: 'true' } }),
}

export default defineVitePluginsSetup((options) => [
  briefingData({ entry: options.entry }),
  printPage,
  ...(process.env.BRIEFING_SINGLEFILE === '1' ? singleFile() : []),
])
