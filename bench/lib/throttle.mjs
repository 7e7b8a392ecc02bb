// Chromium's DevTools emulation, as issue 12 measures a first visit and a slow phone: the network at
// 150 ms round trip and 1.6 Mbps (200,000 bytes a second each way), the CPU 4 times slower.

export const SLOW_NETWORK = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 200_000 };
export const CPU_SLOWDOWN = 4;

/** A CDP session on `page` with the slow network on (before the page loads anything). */
export async function throttleNetwork(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
  return cdp;
}

/** A CDP session on `page` with the CPU slowed down `rate` times. */
export async function throttleCpu(context, page, rate = CPU_SLOWDOWN) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}
