import type { App as BoltApp, HTTPReceiver as BoltHTTPReceiver } from "@slack/bolt";
import * as appModule from "@slack/bolt/dist/App.js";
import * as errorsModule from "@slack/bolt/dist/errors.js";
import * as httpModuleFunctions from "@slack/bolt/dist/receivers/HTTPModuleFunctions.js";
import * as httpReceiverModule from "@slack/bolt/dist/receivers/HTTPReceiver.js";
import * as verifyRequestModule from "@slack/bolt/dist/receivers/verify-request.js";

/**
 * What the bot uses of Bolt, from Bolt's own modules rather than its index: the index loads
 * every receiver whichever one an app uses (Express with body-parser, AWS Lambda, Socket Mode
 * with undici), close to half of what Bolt costs a start. Bolt is pinned (5.1.0, CommonJS, no
 * "exports" map); these paths are part of what upgrading it checks. Types come from the index.
 */
export const App: typeof BoltApp = defaultExport(appModule);
export type App = BoltApp;
export const HTTPReceiver: typeof BoltHTTPReceiver = defaultExport(httpReceiverModule);
export type HTTPReceiver = BoltHTTPReceiver;
export const { LogLevel } = appModule;
export const { ErrorCode } = errorsModule;
export const { bufferIncomingMessage, isRawBodyError, defaultProcessEventErrorHandler, defaultUnhandledRequestHandler } = httpModuleFunctions;
export const { verifySlackRequest } = verifyRequestModule;
export type { Logger } from "@slack/bolt";

/**
 * A compiled module's `exports.default` (a class). Importing CommonJS, Node makes the whole
 * `exports` the default, while vitest hands over `exports.default` itself.
 */
function defaultExport<T>(module: { default: T | { default: T } }): T {
  const value = module.default;
  return typeof value === "function" ? (value as T) : (value as { default: T }).default;
}
