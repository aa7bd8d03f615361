export function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

export function median(xs: number[]): number {
  return percentile(xs, 0.5);
}

/** Each question asked `rounds` times over, each ask timed: the latencies, in ms. */
export function timeRounds(questions: readonly string[], rounds: number, askOne: (question: string) => unknown): number[] {
  const latencies: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t = performance.now();
      askOne(q);
      latencies.push(performance.now() - t);
    }
  }
  return latencies;
}

/**
 * A latency's p50 and p99 twice: over the rounds right after a short warm-up (5 rounds), and over
 * as many rounds again right after those, in steady state. V8 still re-optimises and deoptimises
 * the engine's functions through the first few thousand questions, which is most of the first
 * block's tail; a server answers far more than that.
 */
export type Latency = { p50Ms: number; p99Ms: number; steadyP50Ms: number; steadyP99Ms: number };

export function measureLatency(questions: readonly string[], rounds: number, askOne: (question: string) => unknown): Latency {
  timeRounds(questions, 5, askOne);
  const first = timeRounds(questions, rounds, askOne);
  const steady = timeRounds(questions, rounds, askOne);
  return { p50Ms: percentile(first, 0.5), p99Ms: percentile(first, 0.99), steadyP50Ms: percentile(steady, 0.5), steadyP99Ms: percentile(steady, 0.99) };
}
