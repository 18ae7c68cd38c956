import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Names each file as it starts, so `pnpm test` can say what runs during a long file (#16).
    reporters: ['default', '@briefing/workbench/vitestProgress'],
    // These tests build whole decks (Slidev + Chromium) into scratch folders: one file at
    // a time, so two Slidev builds never share the deck's cache and two cores suffice.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
