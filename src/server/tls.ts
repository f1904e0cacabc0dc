/**
 * A certificate for serving HTTPS on the event's network (WebXR needs a secure context). Made on
 * first run with `selfsigned`: a small local authority (the file visitors' devices may be told to
 * trust, once) and a server certificate it signs for this machine's names and addresses. Both are
 * kept outside the served folder; the server certificate is made again when an address it does
 * not name appears (the laptop joined another network) or it is near its end.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import type { ApiHandler } from './app';
import { pathOf } from './requestTarget';

/** PEM files of a served certificate. */
export interface TlsFiles {
  cert: string;
  key: string;
  /** The authority's certificate: what a phone or headset is told to trust. */
  caFile: string;
}

const DAY = 86_400_000;

/** Loads the certificate in `dir`, making it (and the authority) when missing, stale or not naming every host. */
export async function selfSignedCert(dir: string, hosts: string[]): Promise<TlsFiles> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = (name: string) => join(dir, name);
  if (!existsSync(file('ca.crt')) || !existsSync(file('ca.key'))) {
    const ca = await generate([{ name: 'commonName', value: 'Policy Expo local authority' }], {
      keyType: 'ec', algorithm: 'sha256', notAfterDate: new Date(Date.now() + 10 * 365 * DAY),
      extensions: [{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }],
    });
    writeFileSync(file('ca.key'), ca.private, { mode: 0o600 });
    writeFileSync(file('ca.crt'), ca.cert);
  }
  if (!current(file('server.crt'), hosts) || !existsSync(file('server.key'))) {
    const leaf = await generate([{ name: 'commonName', value: hosts[0] ?? 'localhost' }], {
      keyType: 'ec', algorithm: 'sha256', notAfterDate: new Date(Date.now() + 397 * DAY), // browsers refuse longer
      ca: { key: readFileSync(file('ca.key'), 'utf8'), cert: readFileSync(file('ca.crt'), 'utf8') },
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: true },
        { name: 'subjectAltName', altNames: hosts.map((h) => (/^[\d.]+$|:/.test(h) ? { type: 7 as const, ip: h } : { type: 2 as const, value: h })) },
      ],
    });
    writeFileSync(file('server.key'), leaf.private, { mode: 0o600 });
    writeFileSync(file('server.crt'), leaf.cert);
  }
  return { cert: readFileSync(file('server.crt'), 'utf8'), key: readFileSync(file('server.key'), 'utf8'), caFile: file('ca.crt') };
}

/** The certificate at `path` names every host and has more than a week left. */
function current(path: string, hosts: string[]): boolean {
  if (!existsSync(path)) return false;
  try {
    const cert = new X509Certificate(readFileSync(path));
    if (Date.parse(cert.validTo) - Date.now() < 7 * DAY) return false;
    return hosts.every((h) => cert.checkHost(h) !== undefined || cert.checkIP(h) !== undefined);
  } catch {
    return false;
  }
}

/** The path a visitor opens to download the authority's certificate (to trust it on a phone). */
export const CA_PATH = '/expo-ca.crt';

/** Serves the authority's certificate at CA_PATH (public by nature: it holds no key). */
export function caHandler(caFile: string): ApiHandler {
  return (req, res) => {
    if (pathOf(req) !== CA_PATH || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    res.writeHead(200, { 'Content-Type': 'application/x-x509-ca-cert', 'Content-Disposition': 'attachment; filename="policy-expo-ca.crt"', 'Cache-Control': 'no-cache' });
    res.end(readFileSync(caFile));
    return true;
  };
}
