import { fileURLToPath } from "node:url";

/**
 * The checkout's root folder, where seeds/, models/ and .cache/ are. This file sits one folder
 * below it both as src/project-root.ts (tsx, tests) and bundled into dist/*.js (npm start), so
 * one `..` finds it either way; a path relative to any other file would break in the bundle.
 */
export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));
