import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // CLI tests spawn the built bin; a loaded CI machine needs room.
    testTimeout: 60_000,
  },
});
