/**
 * `… | head -3` closes the pipe once it has read enough, and the command's next write fails with
 * EPIPE (Node ignores SIGPIPE, and reports a pipe's write errors after the write returns, where no
 * try/catch sees them). The reader has what it wanted: stop quietly, with 0.
 */
export function exitQuietlyWhenOutputCloses(onOtherError: (error: Error) => void): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    onOtherError(error);
  });
}
