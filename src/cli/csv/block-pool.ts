import { Worker } from 'node:worker_threads';

/**
 * Worker threads that each turn a block of bytes into a result, with the results handed back
 * in the order the blocks were sent. Blocks are moved to the workers, not copied. A worker
 * that fails or exits while it has work makes every waiting and later call fail: never a hang.
 */
export class BlockPool<R extends { out: Uint8Array }> {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly done = new Map<number, R>();
  private sent = 0;
  private taken = 0;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;
  private closing = false;

  /** `script`: the worker's module, or code to evaluate that loads it. */
  constructor(script: URL | string, size: number, workerData: unknown) {
    for (let i = 0; i < size; i++) {
      // A small young generation: a worker allocates little per row, and each worker's heap
      // adds to the process's memory (1,000,000 rows on 2 workers: about 230 MB instead of 280).
      const worker = new Worker(script, { workerData, eval: typeof script === 'string', resourceLimits: { maxYoungGenerationSizeMb: 8 } });
      const slot = { worker, busy: 0 };
      worker.on('message', (m: { seq: number; result: R }) => {
        slot.busy--;
        this.done.set(m.seq, m.result);
        this.notify();
      });
      // Not the worker's own error object: its code (a file error's ENOENT) is not about the input.
      worker.on('error', (e) => this.fail(new Error(`a worker thread failed: ${e.message}`)));
      worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      this.workers.push(slot);
    }
  }

  /** Blocks sent whose results have not been taken yet. */
  get inFlight(): number {
    return this.sent - this.taken;
  }

  /** Sends a block (its memory moves to the worker) to the least busy worker. */
  send(bytes: Uint8Array): void {
    if (this.failure) throw this.failure;
    let slot = this.workers[0]!;
    for (const w of this.workers) if (w.busy < slot.busy) slot = w;
    slot.busy++;
    const seq = this.sent++;
    slot.worker.postMessage({ seq, bytes }, [bytes.buffer as ArrayBuffer]);
  }

  /** The result of the oldest block not taken yet, when it is ready. */
  async next(): Promise<R> {
    for (;;) {
      if (this.failure) throw this.failure;
      const r = this.done.get(this.taken);
      if (r !== undefined) {
        this.done.delete(this.taken);
        this.taken++;
        return r;
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.notify();
  }

  private notify(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }
}
