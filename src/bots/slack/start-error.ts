/** The Web API's errors, as @slack/web-api shapes them (its ErrorCode values). */
type WebApiError = {
  code?: string;
  /** A platform error: Slack answered `{ ok: false, error }`. */
  data?: { error?: string };
  /** An HTTP error: Slack answered with this status. */
  statusCode?: number;
  /** A request error: the request never got an answer; `cause` holds the system's reason. */
  original?: Error & { code?: string; cause?: { code?: string; message?: string } };
};

/**
 * Why Slack could not be started, as one line that says what to do. The start calls Slack once
 * (auth.test, or apps.connections.open in Socket Mode): an answer of `ok: false` means Slack
 * refused the token; no answer at all (connection refused, DNS, a timeout) means Slack could not
 * be reached, which no token would fix.
 */
export function slackStartError(error: unknown, { token, apiUrl }: { token: string; apiUrl: string | undefined }): string {
  const e = error as WebApiError;
  const where = apiUrl ?? "https://slack.com/api/";
  switch (e.code) {
    case "slack_webapi_platform_error":
      return `Slack refused the credentials (${e.data?.error ?? "not ok"}): check ${token}`;
    case "slack_webapi_request_error": {
      const reason = e.original?.cause?.code ?? e.original?.code ?? e.original?.cause?.message ?? e.original?.message ?? "no answer";
      return `Slack cannot be reached at ${where} (${reason}): check this machine's network access to Slack${apiUrl ? " and SLACK_API_URL" : ""}`;
    }
    case "slack_webapi_http_error":
      return `Slack answered HTTP ${e.statusCode} at ${where}: try again later${apiUrl ? ", or check SLACK_API_URL" : ""}`;
    default:
      return `Slack could not be started (${(error as Error).message})`;
  }
}
