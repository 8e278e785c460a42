import { ensureCertificate } from "../scripts/https";

/**
 * Makes (once) the sandbox's self-signed HTTPS certificate under data/https/ and trusts it in the test workers the
 * way the README tells script authors to: NODE_EXTRA_CA_CERTS, read by Node when a process starts. Workers start
 * after this runs, with this environment.
 */
export default async function globalSetup() {
  const { certPath } = await ensureCertificate();
  process.env.NODE_EXTRA_CA_CERTS = certPath;
}
