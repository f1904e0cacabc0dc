import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the store module over the given saved settings. */
async function storeWith(saved: string | null) {
  const items = new Map<string, string>(saved === null ? [] : [['policy-expo.xr', saved]]);
  vi.stubGlobal('localStorage', { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => items.set(k, v) });
  vi.stubGlobal('navigator', { language: 'zh-CN' });
  vi.resetModules();
  return { ...(await import('../../../src/state/store')), items };
}

afterEach(() => vi.unstubAllGlobals());

describe('XR comfort settings', () => {
  it('come back as the visitor left them on this device', async () => {
    const { useExpo } = await storeWith(JSON.stringify({ snapDegrees: 45, smooth: true }));
    expect(useExpo.getState().xr).toMatchObject({ snapDegrees: 45, smooth: true });
  });
  it('default to 30° snap turns and no smooth movement, also when the saved value is unreadable', async () => {
    expect((await storeWith(null)).useExpo.getState().xr).toMatchObject({ snapDegrees: 30, smooth: false });
    expect((await storeWith('{not json')).useExpo.getState().xr).toMatchObject({ snapDegrees: 30, smooth: false });
  });
  it('are saved when changed', async () => {
    const { setXR, items } = await storeWith(null);
    setXR({ snapDegrees: 45 });
    expect(JSON.parse(items.get('policy-expo.xr')!).state).toEqual({ snapDegrees: 45, smooth: false });
  });
  it('come back from what this version saves, not only from the older bare object', async () => {
    const { useExpo } = await storeWith(JSON.stringify({ state: { snapDegrees: 45, smooth: true }, version: 0 }));
    expect(useExpo.getState().xr).toMatchObject({ snapDegrees: 45, smooth: true });
  });
});
