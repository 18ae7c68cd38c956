import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Names each file as it starts, so `pnpm test` can say what runs during a long file (#16).
    reporters: ['default', '@briefing/workbench/vitestProgress'],
    include: ['test/**/*.test.ts'],
    // The built-deck tests drive a real Chromium over every slide.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
})
