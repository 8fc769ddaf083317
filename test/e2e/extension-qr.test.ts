// QR codes on pages in Chromium and Firefox ESR, decoded by the background (zxing-wasm bundled,
// 'wasm-unsafe-eval' for extension pages only): an <img> served by another origin, a data: URI, a
// canvas and an inline SVG; key codes among a gallery's photos, within the decode budget; wallet
// secrets in QR codes (SeedQR in both forms, a WIF key).
// Run: npm run build && npx vitest run -c vitest.e2e.config.ts test/e2e/extension-qr.test.ts
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { BROWSERS } from './driver';
import { html, settle, waitFor } from './harness';
import { noticeCount, tabState, useExtension } from './helpers';
import { fakeKeys, keyBody, keyFragmentsIn, phraseFragmentsIn } from '../support/keys';
import { GALLERY_KEYS, photoGalleryPage } from '../fixtures/qr/gallery';
import { fakeWallet } from '../corpus/wallet/fake-wallet';
import { compactSeedQr, standardSeedQr } from '../fixtures/wallet/seedqr';

const fake = fakeKeys(12);
const wallet = fakeWallet(13);

describe.each(BROWSERS)('%s: QR images', (browser) => {
  const env = useExtension(browser, { sites: { site: {}, images: {} } });

  it('finds keys in QR codes shown as img (cross-origin and data:), canvas and inline svg', async () => {
    const kraken = fake.krakenPair();
    const pair = `kraken://apikey?key=${encodeURIComponent(kraken.apiKey)}&secret=${encodeURIComponent(kraken.privateKey)}`;
    const inData = fake.githubToken();
    const inCanvas = fake.stripeSecretKey();
    const inSvg = fake.githubToken();
    env.images.set('/code.png', { body: await QRCode.toBuffer(pair, { scale: 6 }), type: 'image/png' });
    const dataUri = await QRCode.toDataURL(inData, { scale: 6 });
    const svg = await QRCode.toString(inSvg, { type: 'svg', margin: 2 });
    env.site.set('/qr', html(`
      <p>Scan to connect your portfolio app</p>
      <img src="${env.images.url('/code.png')}" width="240" height="240" alt="">
      <img src="${dataUri}" width="200" height="200" alt="">
      <canvas id="c" width="220" height="220"></canvas>
      <div style="width:200px;height:200px">${svg.replace('<svg ', '<svg width="200" height="200" ')}</div>
      <img src="${env.images.url('/code.png')}" width="40" height="40" alt="too small to matter">
      <script>
        const img = new Image();
        img.onload = () => document.getElementById('c').getContext('2d').drawImage(img, 0, 0, 220, 220);
        img.src = ${JSON.stringify(await QRCode.toDataURL(inCanvas, { scale: 6 }))};
      </script>
    `));
    const { tab, tabId } = await env.ext.open(env.site.url('/qr'));
    const state = await waitFor(async () => {
      const s = await tabState(env.ext, tabId);
      return s && s.findings.filter((f) => f.where === 'qr-image').length >= 5 ? s : undefined;
    }, { timeout: 20_000, message: '5 QR findings' });
    expect(state!.findings.every((f) => f.where === 'qr-image' && f.source === 'qr')).toBe(true);
    // Five keys; the Kraken pair in one code is one credential.
    expect(await env.ext.badgeText(tabId)).toBe('4');
    // The worker fetched the image the page shows, and nothing else from that origin.
    expect(new Set(env.images.requests)).toEqual(new Set(['/code.png']));
    const stored = JSON.stringify(await env.ext.storage());
    expect(keyFragmentsIn(stored, [kraken.apiKey, kraken.privateKey, inData, inCanvas, inSvg].map(keyBody))).toEqual([]);
    await tab.close();
  });

  it('stays silent on QR codes that hold no key: a payment address, Wi-Fi, a link', async () => {
    const codes = [
      'bitcoin:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq?amount=0.01&label=Donation',
      'ethereum:0x32Be343B94f860124dC4fEe278FDCBD38C102D88@1?value=1e16',
      'WIFI:T:WPA;S:Office;P:correct-horse-battery-staple;;',
      'https://example.com/pay?invoice=8f14e45fceea167a5a36dedd4bea2543',
    ];
    const imgs = await Promise.all(codes.map(async (text, i) => {
      env.images.set(`/silent-${i}.png`, { body: await QRCode.toBuffer(text, { scale: 6 }), type: 'image/png' });
      return `<img src="${env.images.url(`/silent-${i}.png`)}" width="220" height="220" alt="">`;
    }));
    // One key-bearing code, so the test knows decoding works on this page.
    const token = fake.githubToken();
    env.images.set('/last.png', { body: await QRCode.toBuffer(token, { scale: 6 }), type: 'image/png' });
    env.site.set('/silent', html(`<p>Donate or join the Wi-Fi</p>${imgs.join('')}<img src="${env.images.url('/last.png')}" width="220" height="220" alt="">`));
    const { tab, tabId } = await env.ext.open(env.site.url('/silent'));
    await waitFor(async () => (await env.ext.badgeText(tabId)) === '1' && codes.every((_, i) => env.images.requests.includes(`/silent-${i}.png`)),
      { timeout: 20_000, message: 'the key-bearing code counted and every silent code read' });
    await settle(1500); // decoding follows each read within milliseconds
    expect(await env.ext.badgeText(tabId)).toBe('1');
    expect((await tabState(env.ext, tabId))?.findings.map((f) => f.provider)).toEqual(['github']);
    await tab.close();
  });

  it('finds the key codes among the photos of a gallery, within the decode budget', async () => {
    env.site.set('/gallery', await photoGalleryPage(env.images, 'gallery', fake));
    const { tab, tabId } = await env.ext.open(env.site.url('/gallery'));
    await waitFor(async () => (await env.ext.badgeText(tabId)) === String(GALLERY_KEYS), { timeout: 20_000, message: 'the gallery\'s keys' });
    expect((await tabState(env.ext, tabId))?.stoppedEarly).toBeUndefined();
    expect(await waitFor(() => noticeCount(tab), { message: 'notice' })).toBe(String(GALLERY_KEYS));
    await tab.close();
  });

  it('finds wallet secrets in QR codes: both SeedQR forms (one binary) and a WIF key, none of it stored', async () => {
    const standard = wallet.phrase('en', 12);
    const compact = wallet.phrase('en', 24);
    const wif = wallet.wif();
    const codes: Array<[string, Parameters<typeof QRCode.toBuffer>[0]]> = [
      ['/standard.png', standardSeedQr(standard)],
      ['/compact.png', [{ data: compactSeedQr(compact), mode: 'byte' }]],
      ['/wif.png', wif],
    ];
    for (const [path, data] of codes) env.images.set(path, { body: await QRCode.toBuffer(data, { scale: 6 }), type: 'image/png' });
    env.site.set('/wallet-qr', html(`<h1>My SeedQR backup</h1>${codes.map(([path]) => `<img src="${env.images.url(path)}" width="220" height="220" alt="">`).join('')}`));
    const { tab, tabId } = await env.ext.open(env.site.url('/wallet-qr'));
    const state = await waitFor(async () => {
      const s = await tabState(env.ext, tabId);
      return s && s.findings.length >= 3 ? s : undefined;
    }, { timeout: 20_000, message: '3 wallet QR findings' });
    expect(state!.findings.map((f) => f.rule).sort()).toEqual(['bip39-compact-seedqr', 'bip39-seedqr', 'wif-private-key']);
    expect(state!.findings.every((f) => f.provider === 'wallet' && f.severity === 'critical' && f.source === 'qr')).toBe(true);
    expect(await env.ext.badgeText(tabId)).toBe('3');
    const stored = JSON.stringify(await env.ext.storage());
    expect(keyFragmentsIn(stored, [wif, standardSeedQr(standard)])).toEqual([]);
    expect(phraseFragmentsIn(stored, [standard, compact])).toEqual([]);
    await tab.close();
  });
});
