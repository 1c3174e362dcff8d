/**
 * Flow-control accounting of one consumer stream, pure. The subscribe grants `receiverQueueSize`
 * permits (messages); every message the application takes out of the receive queue (or that the
 * client drops) frees one; once half the queue's worth is free, they are granted back with one
 * Flow. A new stream (reconnect) or a cursor reset starts over from a full grant.
 */
export class PermitAccounting {
  private freed = 0;
  /** Incremented on every reset: messages of an older generation no longer count. */
  private gen = 0;

  constructor(readonly receiverQueueSize: number) {
    if (!Number.isSafeInteger(receiverQueueSize) || receiverQueueSize < 1) {
      throw new RangeError(`receiverQueueSize must be an integer >= 1, got ${receiverQueueSize}`);
    }
  }

  /** The generation current messages belong to; pass it back to `consumed`. */
  get generation(): number {
    return this.gen;
  }

  /** Flow threshold: half the queue, at least 1. */
  get threshold(): number {
    return Math.max(1, Math.floor(this.receiverQueueSize / 2));
  }

  /** Permits granted when a stream starts (Subscribe.receiver_queue_size). */
  initialPermits(): number {
    return this.receiverQueueSize;
  }

  /**
   * `count` messages of generation `generation` left the queue. Returns the permits to send in a
   * Flow now, or 0.
   */
  consumed(count: number, generation: number): number {
    if (generation !== this.gen || count <= 0) return 0;
    this.freed += count;
    if (this.freed < this.threshold) return 0;
    const grant = this.freed;
    this.freed = 0;
    return grant;
  }

  /**
   * A new stream, or a cursor reset (the broker's permits are then 0): messages received before no
   * longer count. Returns the permits the new stream starts with.
   */
  reset(): number {
    this.gen++;
    this.freed = 0;
    return this.receiverQueueSize;
  }
}
