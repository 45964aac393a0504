/**
 * Lets I/O callbacks run in the middle of long synchronous work: a statement's answer is read and
 * the next queued statement sent, so the database is not left idle while this process computes.
 */
export const letIoRun = () => new Promise<void>((resolve) => setImmediate(resolve));
