/**
 * Runs queued jobs with registered handlers. Start one per app process (`uppsikt serve` does);
 * tests call `runDueJobs` directly to run what is due without timers.
 */
import type { Db } from '../db/connection.ts';
import { claimNextJob, failJob, finishJob, reportProgress, type Job } from './job.store.ts';

export interface JobContext {
  db: Db;
  job: Job;
  progress(percent: number): Promise<void>;
  log(message: string): void;
}

export type JobHandler = (ctx: JobContext) => Promise<unknown>;

const LEASE_MS = 5 * 60 * 1000;

export class JobWorker {
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly db: Db,
    private readonly log: (message: string) => void = console.log,
  ) {}

  register(kind: string, handler: JobHandler): this {
    this.handlers.set(kind, handler);
    return this;
  }

  /** Runs every job that is due now; returns how many ran. */
  async runDueJobs(now = new Date()): Promise<number> {
    let count = 0;
    for (;;) {
      const job = await claimNextJob(this.db, [...this.handlers.keys()], LEASE_MS, now);
      if (!job) return count;
      count++;
      const handler = this.handlers.get(job.kind)!;
      try {
        const result = await handler({ db: this.db, job, progress: (p) => reportProgress(this.db, job, p), log: this.log });
        await finishJob(this.db, job, result);
      } catch (error) {
        this.log(`Jobbet ${job.kind} (${job.id}) misslyckades: ${(error as Error).message}`);
        await failJob(this.db, job, error, now);
      }
    }
  }

  start(intervalMs = 2000) {
    const tick = () => {
      this.running = this.runDueJobs()
        .then(() => undefined)
        .catch((error: unknown) => this.log(`Jobbkön: ${(error as Error).message}`))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, intervalMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop() {
    const timer = this.timer;
    this.timer = undefined;
    if (timer) clearTimeout(timer);
    await this.running;
  }
}
