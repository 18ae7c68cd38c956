/**
 * Vite plugins of the deck. Registered here rather than in vite.config.ts because Slidev
 * bundles vite.config.ts with Vite's config loader, which leaves workspace packages
 * external and then cannot import their TypeScript sources (vitejs/vite#16040,
 * ERR_UNKNOWN_FILE_EXTENSION ".ts"); setup files go through jiti, which can.
 */
import { defineVitePluginsSetup } from '@slidev/types'
import { briefingData } from '../src/vite/briefingData.ts'

export default defineVitePluginsSetup((options) => [briefingData({ entry: options.entry })])
