/**
 * Stops what a run started — servers, Neo4j instances, temporary folders — in reverse order and
 * once each: when the run ends, when it fails, and on Ctrl-C. Neo4j is started detached, so it
 * would outlive an interrupted run unless stopped here.
 */
export class Cleanup {
  private readonly tasks: (() => Promise<void>)[] = [];
  private readonly starting = new Set<Promise<unknown>>();
  private interrupted = false;
  private running: Promise<void> = Promise.resolve();

  /** Registers `task` to run at cleanup. */
  add(task: () => Promise<void> | void): void {
    this.tasks.push(async () => task());
  }

  /**
   * Awaits `starting` and registers `stop` for what it gives; if the run is interrupted meanwhile,
   * the signal handler waits for it, so it is stopped too.
   */
  async start<T>(starting: Promise<T>, stop: (value: T) => Promise<void>): Promise<T> {
    const registered = starting.then((value) => {
      this.add(() => stop(value));
      return value;
    });
    this.starting.add(registered);
    try {
      const value = await registered;
      if (this.interrupted) throw new Error('Interrupted.');
      return value;
    } finally {
      this.starting.delete(registered);
    }
  }

  /**
   * Runs the registered tasks, last first; a failing task is reported and the rest still run. A
   * second call (the signal handler's and the run's own) waits for the first instead of racing it.
   */
  run(): Promise<void> {
    this.running = this.running.then(() => this.drain());
    return this.running;
  }

  private async drain(): Promise<void> {
    for (let task = this.tasks.pop(); task; task = this.tasks.pop()) {
      try {
        await task();
      } catch (error) {
        console.error(error);
      }
    }
  }

  /** On SIGINT or SIGTERM: let what is starting finish, stop everything, exit with 130. */
  onSignals(log: (line: string) => void): void {
    // Kept installed: npm and tsx pass Ctrl-C on again, and with no listener left a repeat would
    // end the process before Neo4j is stopped.
    const handle = (signal: string) => {
      if (this.interrupted) return;
      this.interrupted = true;
      log(`${signal}: stopping the server and Neo4j…`);
      void Promise.allSettled([...this.starting])
        .then(() => this.run())
        .finally(() => process.exit(130));
    };
    process.on('SIGINT', handle);
    process.on('SIGTERM', handle);
  }
}
