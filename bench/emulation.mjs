// What bench/bench.mjs and bench/renderers.mjs share: the browser, the phone they emulate, its
// network and CPU, and the median they report.
export const CHROMIUM = '/usr/bin/chromium';
export const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

// Lighthouse 12's mobile preset (core/config/constants.js): Moto G Power screen and user agent,
// and its "slow 4G" profile as DevTools applies it (lantern Constants.js, mobileSlow4G with the
// DevTools adjustment factors): 150 ms RTT x 3.75 = 562.5 ms added to every request,
// 1.6 Mbit/s x 0.9 down, 750 kbit/s x 0.9 up; CPU slowed down 4x.
export const MOBILE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent:
    'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36',
};
export const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: Math.floor((1.6 * 1024 * 0.9 * 1024) / 8), // bytes/s, as Lighthouse computes it
  uploadThroughput: Math.floor((750 * 0.9 * 1024) / 8),
};
export const CPU_SLOWDOWN = 4;

export const median = xs => {
  const v = xs.filter(x => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
