import { X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createApp } from '../../../src/server/app';
import { CA_PATH, caHandler, selfSignedCert } from '../../../src/server/tls';

const dir = mkdtempSync(join(tmpdir(), 'expo-tls-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** GET over HTTPS trusting only `ca`. */
function fetchTrusting(url: string, ca: string): Promise<{ status: number; body: string; type?: string }> {
  return new Promise((ok, fail) => {
    get(url, { ca }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body, type: res.headers['content-type'] }));
    }).on('error', fail);
  });
}

describe('HTTPS with a certificate made on first run', () => {
  it('serves the hall and the relay over TLS that a device trusting the local authority accepts', async () => {
    const root = join(dir, 'dist');
    mkdirSync(root);
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>hall</title>');
    const tls = await selfSignedCert(join(dir, 'tls'), ['localhost', '127.0.0.1']);
    const ca = readFileSync(tls.caFile, 'utf8');
    const app = createApp({ root, tls });
    app.use(caHandler(tls.caFile));
    const port = await app.listen(0, '127.0.0.1');
    try {
      expect((await fetchTrusting(`https://127.0.0.1:${port}/`, ca)).body).toContain('<title>hall</title>');
      expect((await fetchTrusting(`https://localhost:${port}/`, ca)).status).toBe(200);
      const caFile = await fetchTrusting(`https://127.0.0.1:${port}${CA_PATH}`, ca);
      expect(caFile.type).toBe('application/x-x509-ca-cert');
      expect(caFile.body).toBe(ca);
      expect(caFile.body).not.toContain('PRIVATE KEY');
      // Refused without the authority: it really is checked.
      await expect(fetchTrusting(`https://127.0.0.1:${port}/`, '')).rejects.toThrow();
      const ws = new WebSocket(`wss://127.0.0.1:${port}/relay`, { ca, origin: `https://127.0.0.1:${port}` });
      await new Promise((ok, fail) => { ws.once('open', ok); ws.once('error', fail); });
      ws.terminate();
    } finally {
      await app.close();
    }
  });

  it('keeps the certificate, and makes a new one (same authority) when a new address appears', async () => {
    const first = await selfSignedCert(join(dir, 'tls'), ['localhost', '127.0.0.1']);
    const again = await selfSignedCert(join(dir, 'tls'), ['localhost', '127.0.0.1']);
    expect(again.cert).toBe(first.cert);
    const moved = await selfSignedCert(join(dir, 'tls'), ['localhost', '127.0.0.1', '10.1.2.3']);
    expect(moved.cert).not.toBe(first.cert);
    const cert = new X509Certificate(moved.cert);
    expect(cert.checkIP('10.1.2.3')).toBe('10.1.2.3');
    expect(cert.verify(new X509Certificate(readFileSync(moved.caFile)).publicKey)).toBe(true);
    expect(Date.parse(cert.validTo) - Date.now()).toBeLessThanOrEqual(398 * 86_400_000);
  });
});
