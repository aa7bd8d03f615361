import { z } from "zod";

/**
 * zod compiles a parser (new Function) for an object schema the first time it parses one, which
 * pays off over many parses of one schema. A start parses each of its schemas about once (the
 * settings, sources.json, facts.json, the lexicon, the weights), and that compiling was about
 * 40 ms of a cold start; the requests' payload schemas parse as fast without it (about 1.3 µs for
 * a Teams activity either way). serve.ts imports this first, before any module parses.
 */
z.config({ jitless: true });
