/**
 * V8 flags for every magnetar process: the shebang of magnetar.ts passes them when it is run as
 * a command, and the cluster and bench starters pass them when they start servers.
 *
 * `--initial-old-space-size=256`: Buffers count against V8's old-generation allocation limit,
 * which it sizes from the live JavaScript heap. A bookie's heap is about 20 MiB, so with the
 * default limit the entry Buffers that outlive a scavenge (held until their batch is synced)
 * started a major GC several times a second: 8 a second at 128 KiB adds, a third of the bookie's
 * CPU in `perf`. With this floor the old generation is collected when it reaches 256 MiB;
 * short-lived Buffers are still freed by scavenges, and resident memory did not grow in the
 * runs measured (bookies stayed at about 145 MiB). max-rate-1kb on 3 bookies and a broker went
 * from 26.7k/18.5k to 32.2k/28.2k msgs/s with bookie CPU 29% -> 23.5% (two pairs, side by side).
 */
/*
 * `--max-semi-space-size=32` (MiB; V8's default is 16): a larger young generation. A client at
 * max rate allocates a few objects per message (the encoded message, its promise, the received
 * message); with 16 MiB it scavenged so often that garbage collection took a fifth of the bench
 * process's main thread. With 32 MiB, bench CPU per message fell by about a fifth, and
 * max-rate-1kb went from 78.0k/65.3k to 87.0k/75.8k msgs/s standalone and from 33.2k/29.8k to
 * 37.0k/32.7k on 3 bookies and a broker (two pairs each, side by side). 64 MiB measured no better.
 * The cost is at most 2 x 32 MiB more resident memory per process.
 */
export const NODE_FLAGS: readonly string[] = ["--initial-old-space-size=256", "--max-semi-space-size=32"];
