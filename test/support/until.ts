/**
 * Polls `probe` until it answers something truthy, and answers that; fails naming `what`, with
 * the last answer, once `timeoutMs` has passed. For what the app does after it has answered: an
 * email delivered by the outbox, a read model catching up.
 */
export async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(found)}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
