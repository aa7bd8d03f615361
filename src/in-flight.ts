/**
 * Work still running after its request was answered (Slack events are acknowledged before the
 * reply is posted). Shutdown waits for it, so a SIGTERM never drops a reply half-way.
 */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  async track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    try {
      return await work;
    } finally {
      this.running.delete(work);
    }
  }

  /** Resolves when everything tracked so far has settled. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
