/**
 * Rate-limited persistence of a changing state (a subscription's cursor, a topic's deduplication
 * snapshot): changes are saved at most once per `intervalMs` however fast they come, and `flush`
 * saves the latest state now.
 *
 * Why a class of its own: a save takes a metadata round trip (a Raft proposal, synced), during
 * which acks keep arriving. Looping "while dirty, save" from the timer turned the rate limit into
 * back-to-back saves: about 110 cursor writes per second per subscription instead of 10, which
 * cost the broker and the metadata quorum CPU and the disk synced writes on every partition.
 * The saves of all of a broker's topics then meet in its CasBatcher (cas-batcher.ts).
 */
export interface ThrottledSaveOptions {
  /**
   * Writes the current state; `urgent` for a flush (someone waits for it), not for a timed save. A
   * rejection (other than one the caller chose to swallow) is retried an interval later.
   */
  readonly save: (urgent: boolean) => Promise<void>;
  readonly intervalMs: number;
}

export class ThrottledSave {
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;
  private saving: Promise<void> | undefined;
  private lastSavedAt = Number.NEGATIVE_INFINITY;
  private stopped = false;

  constructor(private readonly options: ThrottledSaveOptions) {}

  /** Whether a change is waiting to be saved. */
  get pending(): boolean {
    return this.dirty;
  }

  /** Records a change; it is saved one interval after the previous save (at once if that has passed). */
  changed(): void {
    this.dirty = true;
    this.schedule();
  }

  /** Saves unsaved changes, if any, without waiting for the interval (still one save at a time). */
  soon(): void {
    this.schedule(0);
  }

  /** Saves until the state as of now is saved; rejects if a save fails. */
  async flush(): Promise<void> {
    // Loop: a save that was already running may have missed the latest change.
    while (this.saving || this.dirty) {
      if (this.saving) {
        await this.saving;
        continue;
      }
      await this.start(true);
    }
  }

  /** Resolves once no save is running (after stop(), none starts again on its own). */
  async idle(): Promise<void> {
    while (this.saving) await this.saving.catch(() => undefined);
  }

  /** No more timed saves (an explicit flush still works). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(delayMs?: number): void {
    if (this.timer || this.stopped) return;
    const wait = delayMs ?? Math.max(0, this.lastSavedAt + this.options.intervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // A save in flight reschedules when it ends; a timed save is one save, never a loop.
      if (this.saving || !this.dirty) return;
      void this.start(false).catch(() => undefined);
    }, wait);
    this.timer.unref();
  }

  private start(urgent: boolean): Promise<void> {
    this.dirty = false;
    this.lastSavedAt = Date.now();
    const saving = this.options.save(urgent).then(
      () => {
        this.saving = undefined;
        if (this.dirty) this.schedule();
      },
      (err: unknown) => {
        this.saving = undefined;
        this.dirty = true;
        this.schedule();
        throw err;
      },
    );
    this.saving = saving;
    return saving;
  }
}
