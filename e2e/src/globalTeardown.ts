import serverGlobalTeardown from '../../server/test/globalTeardown';

export default async function globalTeardown(): Promise<void> {
  await serverGlobalTeardown();
}
