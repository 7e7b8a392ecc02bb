// Browser tests run in Debian's Chromium (test tools cannot download browsers here: see TOOLING.md).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { fileURLToPath } from 'node:url';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default {
  files: ['packages/*/test/**/*.test.ts', 'packages/elements/src/**/*.test.ts', 'test/browser/**/*.test.ts', '!**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  browserStartTimeout: 60000,
  // The base config, not tsconfig.json: esbuild reads the file as raw options and ignores `extends`, so
  // experimentalDecorators would be lost and Lit's decorators would reach Chromium as a SyntaxError.
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({
      // Test files run two at a time. As tabs of one window, only the front one is visible: the other
      // gets no requestAnimationFrame (helpers' until() hangs) and no focus (keyboard tests fail). Each
      // in its own window, told it has focus, behaves like the only page.
      createPage: async ({ context }) => {
        const page = await context.newPage({ type: 'window' });
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
      launchOptions: {
        executablePath: chromium,
        headless: true,
        args: [
          '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
