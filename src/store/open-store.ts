import { LocalStore } from "./local-store.js";
import { RedisStore } from "./redis-store.js";
import type { Store } from "./store.js";

/** Redis when `REDIS_URL` is set (several replicas), otherwise memory and a local file. */
export async function openStore(settings: { redisUrl: string | undefined; redisKeyPrefix?: string; journalPath: string; onError?: (error: Error) => void }): Promise<Store> {
  return settings.redisUrl ? RedisStore.connect(settings.redisUrl, { prefix: settings.redisKeyPrefix, onError: settings.onError }) : new LocalStore(settings.journalPath);
}
