/**
 * Slidev's client app setup. Its one job here: in `pnpm dev`, load the panel that shows an
 * invalid dataset save in Korean (src/vite/problemsOverlay.ts; it does nothing in a build,
 * where there is no hot-reload channel). Slidev serves its index.html without Vite's
 * transformIndexHtml, so a plugin cannot inject the script there.
 */
import { defineAppSetup } from '@slidev/types'
import '../src/vite/problemsOverlay.ts'

export default defineAppSetup(() => {})
