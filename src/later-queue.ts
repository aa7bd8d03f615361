export const LATER_DEFAULTS = {
  /**
   * How long the oldest job may have waited for a new one to be queued behind it (ms). Past it,
   * jobs run as they come, as if there were no queue: a flood that outlasts a burst slows the
   * acknowledgements again, rather than growing the queue (each job holds its request's payload)
   * and the wait for replies without bound. Bounded by a thousand jobs instead, a steady flood of
   * mentions kept the queue full and cost each mention more (more held in memory, more GC).
   */
  maxWaitMs: 250,
  /**
   * Another queue whose waiting jobs start first, while the oldest job here has waited no more
   * than `maxWaitMs`: the server's requests (src/server.ts), ahead of the replies to them.
   */
  yieldTo: null as { readonly waiting: number } | null,
  /** Jobs started in one turn of the event loop. */
  perTurn: 1,
};

/**
 * Work that can wait while the requests already here are answered: a mention's reply (Slack has
 * been acknowledged), a Teams turn (Teams waits 15 s for its answer, Slack 3 s for an
 * acknowledgement before it sends the event again). Done as each request came, that work came
 * between the requests of a burst: of 1,000 requests at once, the last Slack acknowledgements
 * waited for every reply and Teams turn that arrived before them.
 *
 * Jobs run in the order they came, `perTurn` (one) for each turn of the event loop (setImmediate):
 * between two turns Node reads whatever requests have arrived, and those (queued in `yieldTo`)
 * start first. A job runs until its first wait for I/O, its continuations as their I/O completes.
 * The server starts the requests themselves through another one (`arrivals` in src/server.ts,
 * eight a turn, never bypassed), so that new connections are accepted between them.
 */
export class LaterQueue {
  private readonly options: typeof LATER_DEFAULTS;
  private readonly jobs: (() => void)[] = [];
  /** When each job in `jobs` was queued, by the same index. */
  private readonly queuedAt: number[] = [];
  /** Index of the next job in `jobs`: shifting an array of a thousand on every job costs. */
  private next = 0;
  private scheduled = false;

  constructor(options: Partial<typeof LATER_DEFAULTS> = {}) {
    this.options = { ...LATER_DEFAULTS, ...options };
  }

  /** Runs `job` once the jobs before it have started; settles as it settles. */
  run<T>(job: () => Promise<T>): Promise<T> {
    const now = performance.now();
    if (this.next < this.jobs.length && now - this.queuedAt[this.next] > this.options.maxWaitMs) return job();
    this.queuedAt.push(now);
    return new Promise<T>((resolve, reject) => {
      this.jobs.push(() => {
        try {
          job().then(resolve, reject);
        } catch (error) {
          reject(error);
        }
      });
      this.schedule();
    });
  }

  /** Jobs waiting to start. */
  get waiting(): number {
    return this.jobs.length - this.next;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(this.startNext);
  }

  private readonly startNext = (): void => {
    if (this.options.yieldTo?.waiting && performance.now() - this.queuedAt[this.next] <= this.options.maxWaitMs) {
      setImmediate(this.startNext); // still scheduled: this job tries again next turn
      return;
    }
    this.scheduled = false;
    const starting: (() => void)[] = [];
    while (starting.length < this.options.perTurn && this.next < this.jobs.length) {
      starting.push(this.jobs[this.next]);
      this.jobs[this.next++] = undefined!; // what has started is not held here
    }
    if (this.next === this.jobs.length) {
      this.jobs.length = 0;
      this.queuedAt.length = 0;
      this.next = 0;
    } else {
      // Under a steady stream the array never empties: the started part goes now and then.
      if (this.next >= 1_024) {
        this.jobs.splice(0, this.next);
        this.queuedAt.splice(0, this.next);
        this.next = 0;
      }
      this.schedule();
    }
    for (const job of starting) job();
  };
}
