import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;
const HELP = { help: { type: "boolean", short: "h" } } as const;

/**
 * A command's flags and arguments, read strictly with node:util's parseArgs: an unknown flag (or a
 * value given to a flag that takes none) is refused with the usage; `--help` prints the usage.
 */
export function parseCommandLine<O extends Options>(command: string, usage: string, options: O, args: string[] = process.argv.slice(2)) {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: O & typeof HELP; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args, options: { ...options, ...HELP }, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message } = error as { code?: unknown; message: string };
    if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS_")) throw error;
    // Node's own words for an unknown flag run on about quoting; the flag's name is what helps here.
    const unknown = code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && /'([^']+)'/.exec(message)?.[1];
    return refuseUsage(command, unknown ? `unknown flag ${unknown}` : message, usage);
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return parsed;
}

/** A command line the command cannot run: the problem and the usage on stderr, exit code 2. */
export function refuseUsage(command: string, problem: string, usage: string): never {
  process.stderr.write(`${command}: ${problem}\n${usage}\n`);
  process.exit(2);
}
