import type { LiveChatClient } from "../client";

/** How long the first request of a batch waits for others, and how many one batch takes at most. */
export interface BatchPolicy {
  windowMs: number;
  maxSize: number;
}

/** Waits briefly, so that the engine's concurrent creates of one type meet in one call. */
export const DEFAULT_BATCH_POLICY: BatchPolicy = { windowMs: 50, maxSize: 100 };

interface Pending {
  request: object;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Gathers the v3.6 requests of one method that arrive within a short window in this provider process
 * (the engine creates, updates and deletes resources concurrently) and sends them as one `batch_*` call.
 * Each request's promise settles with its own answer or its own error; a failure of the whole call
 * rejects every request in it with that error (each resource then recovers on its own: a create looks
 * its object up by natural key). `afterBatch` runs once per call, before any request settles: a type
 * forgets its cached list there, so the requests that read it next share one fresh read.
 */
export class Batcher {
  readonly #queues = new Map<string, { items: Pending[]; timer?: NodeJS.Timeout }>();

  constructor(
    private readonly client: LiveChatClient,
    private readonly policy: BatchPolicy = DEFAULT_BATCH_POLICY,
  ) {}

  /**
   * Sends `request` to `method` (`create_agent`) in the next batch of `batchMethod`, named as the client's
   * `batch` takes it, without its prefix (`create_agents` for `batch_create_agents`). With a window of 0,
   * the request is sent on its own.
   */
  send<T>(method: string, batchMethod: string, request: object, afterBatch?: () => void): Promise<T> {
    if (this.policy.windowMs <= 0) return this.client.action<T>(method, request);
    return new Promise<T>((resolve, reject) => {
      const queue = this.#queues.get(batchMethod) ?? { items: [] };
      this.#queues.set(batchMethod, queue);
      queue.items.push({ request, resolve: resolve as (v: unknown) => void, reject });
      if (queue.items.length >= this.policy.maxSize) this.#flush(batchMethod, afterBatch);
      else queue.timer ??= setTimeout(() => this.#flush(batchMethod, afterBatch), this.policy.windowMs);
    });
  }

  #flush(batchMethod: string, afterBatch?: () => void): void {
    const queue = this.#queues.get(batchMethod);
    if (!queue) return;
    this.#queues.delete(batchMethod);
    if (queue.timer) clearTimeout(queue.timer);
    const { items } = queue;
    this.client
      .batch(
        batchMethod,
        items.map((i) => i.request),
      )
      .then(
        (results) => {
          afterBatch?.();
          results.forEach((r, i) => (r.ok ? items[i].resolve(r.value) : items[i].reject(r.error)));
        },
        (error: unknown) => {
          afterBatch?.();
          for (const item of items) item.reject(error);
        },
      );
  }
}
