import { defineConfig } from 'vitest/config'

// Rendering the full memo takes a few seconds on a 2-core machine; each suite
// renders once in beforeAll and shares the buffer.
export default defineConfig({
  test: {
    // Names each file as it starts, so `pnpm test` can say what runs during a long file (#16).
    reporters: ['default', '@briefing/workbench/vitestProgress'],
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
