/** Browser tests reuse the server's test setup: the test Neo4j (port 7688 unless NEO4J_TEST_URI is set). */
import { existsSync } from 'node:fs';

import serverGlobalSetup from '../../server/test/globalSetup';
import { CHROMIUM, requireClientBuild } from './browser';

export default async function globalSetup(): Promise<void> {
  // Fail early and loudly, never skip: the suite needs a built client and Debian's Chromium.
  requireClientBuild();
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium fonts-noto-core`);
  await serverGlobalSetup();
}
