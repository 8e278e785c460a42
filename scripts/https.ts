/**
 * HTTPS for the sandbox: a self-signed certificate kept under data/https/, and a small TLS proxy that serves the
 * same Next app (running plain `next start` on an internal port) over https.
 *
 * Why: the official Microsoft Graph SDKs attach the bearer token, client-request-id and SdkVersion to a custom host
 * only over https, and rewrite http `@odata.nextLink`s. A proxy in front of `next start` keeps the app server exactly
 * the one the tests run, and it sets X-Forwarded-Proto/Host, which the Graph surface uses to write absolute links on
 * the scheme and host the client called.
 *
 * Run: `npx tsx scripts/https.ts --port 3000 --target http://127.0.0.1:3001` (scripts/sandbox.sh does it for
 * `npm run sandbox -- --https`). Trust the certificate in Node with NODE_EXTRA_CA_CERTS=data/https/cert.pem.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { X509Certificate } from "node:crypto";
import { generate } from "selfsigned";

export interface Certificate {
  key: string;
  cert: string;
  certPath: string;
}

export const DEFAULT_CERT_DIR = path.join(process.cwd(), "data", "https");

/** The certificate under `dir` (cert.pem, key.pem), made on first use and remade when it has expired. */
export async function ensureCertificate(dir = DEFAULT_CERT_DIR): Promise<Certificate> {
  const certPath = path.join(dir, "cert.pem");
  const keyPath = path.join(dir, "key.pem");
  if (existsSync(certPath) && existsSync(keyPath)) {
    const cert = readFileSync(certPath, "utf8");
    if (new Date(new X509Certificate(cert).validTo).getTime() > Date.now() + 24 * 3600_000) {
      return { key: readFileSync(keyPath, "utf8"), cert, certPath };
    }
  }
  mkdirSync(dir, { recursive: true });
  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + 825 * 24 * 3600_000);
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    algorithm: "sha256",
    notBeforeDate,
    notAfterDate,
    extensions: [
      // A self-signed certificate that is its own authority, so NODE_EXTRA_CA_CERTS can trust it as it is.
      { name: "basicConstraints", cA: true, critical: true },
      { name: "keyUsage", keyCertSign: true, digitalSignature: true, keyEncipherment: true, critical: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
          { type: 7, ip: "::1" },
        ],
      },
    ],
  });
  writeFileSync(keyPath, pems.private, { mode: 0o600 });
  writeFileSync(certPath, pems.cert);
  return { key: pems.private, cert: pems.cert, certPath };
}

export interface HttpsProxy {
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Serves `target` (an http origin) over https on `port` (0: any free port), adding X-Forwarded-Proto/Host/For. */
export async function startHttpsProxy(opts: {
  port: number;
  host?: string;
  target: string;
  certificate: Certificate;
}): Promise<HttpsProxy> {
  const target = new URL(opts.target);
  const agent = new http.Agent({ keepAlive: true });
  const server = https.createServer({ key: opts.certificate.key, cert: opts.certificate.cert }, (req, res) => {
    const headers = { ...req.headers };
    headers["x-forwarded-proto"] = "https";
    headers["x-forwarded-host"] = req.headers.host ?? `localhost:${opts.port}`;
    const remote = req.socket.remoteAddress ?? "";
    headers["x-forwarded-for"] = headers["x-forwarded-for"] ? `${headers["x-forwarded-for"]}, ${remote}` : remote;
    const upstream = http.request(
      { protocol: "http:", hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.statusMessage, up.headers);
        up.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
      res.end("The sandbox server behind the HTTPS proxy isn't answering.");
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host ?? "0.0.0.0", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `https://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function argOf(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const certificate = await ensureCertificate(argOf("cert-dir") ?? DEFAULT_CERT_DIR);
  if (process.argv.includes("--cert-only")) {
    console.log(certificate.certPath);
    return;
  }
  const port = Number(argOf("port") ?? process.env.PORT ?? 3000);
  const target = argOf("target") ?? "http://127.0.0.1:3001";
  const proxy = await startHttpsProxy({ port, target, certificate });
  console.log(`HTTPS: ${proxy.url} (certificate ${path.relative(process.cwd(), certificate.certPath)}; trust it with NODE_EXTRA_CA_CERTS)`);
  const stop = () => void proxy.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
