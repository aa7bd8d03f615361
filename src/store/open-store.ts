import { LocalStore } from "./local-store.js";
import type { Store } from "./store.js";

/** Redis when `REDIS_URL` is set (several replicas), otherwise memory and a local file. ioredis is loaded only then. */
export async function openStore(settings: {
  redisUrl: string | undefined;
  redisKeyPrefix?: string;
  journalPath: string;
  onError?: (error: Error) => void;
}): Promise<Store> {
  if (!settings.redisUrl) return new LocalStore(settings.journalPath);
  const { RedisStore } = await import("./redis-store.js");
  return RedisStore.connect(settings.redisUrl, { prefix: settings.redisKeyPrefix, onError: settings.onError });
}
