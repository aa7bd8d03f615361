/**
 * Activities shaped as Teams sends them, after the samples in Microsoft's documentation
 * ("Conversation basics", "Channel and group chat conversations", "Search commands",
 * "Feedback buttons"): small factories with overrides, like the Slack payload factories.
 */
export const BOT = { id: "28:c9e8c047-2a74-40a2-b28a-b162d5f5327c", name: "Kaspersky Answers" };
export const USER = {
  id: "29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw",
  name: "Megan Bowen",
  aadObjectId: "7faf080b-2a66-4d5d-9b58-0d3e2e3a2f33",
};
const TENANT = { id: "72f988bf-86f1-41af-91ab-2d7cd011db47" };

let counter = 0;
const nextId = () => `1721052000${String(++counter).padStart(3, "0")}`;

type Activity = Record<string, any>;

function base(serviceUrl: string, overrides: Activity): Activity {
  return {
    id: nextId(),
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    serviceUrl,
    channelId: "msteams",
    from: USER,
    recipient: BOT,
    conversation: { conversationType: "personal", tenantId: TENANT.id, id: "a:17I0kl8EkpE1O9PH5TWrzrLqZUqWnyNq8TThd" },
    channelData: { tenant: TENANT },
    locale: "en-US",
    ...overrides,
  };
}

/** A message in a personal (1:1) chat with the bot. */
export function personalMessage(serviceUrl: string, text: string, overrides: Activity = {}): Activity {
  return base(serviceUrl, {
    type: "message",
    textFormat: "plain",
    text,
    entities: [{ locale: "en-US", country: "US", platform: "Windows", timezone: "America/Los_Angeles", type: "clientInfo" }],
    ...overrides,
  });
}

/** A channel post that @mentions the bot: the mention is in the text and in a mention entity. */
export function channelMention(serviceUrl: string, text: string, overrides: Activity = {}): Activity {
  const mention = `<at>${BOT.name}</at>`;
  return base(serviceUrl, {
    type: "message",
    textFormat: "plain",
    text: `${mention} ${text}`,
    conversation: {
      isGroup: true,
      conversationType: "channel",
      tenantId: TENANT.id,
      id: "19:0f3a6f5a8f8c4ac8b08a2c1d1f0c2a3b@thread.tacv2;messageid=1721052000000",
    },
    entities: [
      { mentioned: BOT, text: mention, type: "mention" },
      { locale: "en-US", country: "US", platform: "Web", timezone: "Europe/London", type: "clientInfo" },
    ],
    channelData: {
      teamsChannelId: "19:0f3a6f5a8f8c4ac8b08a2c1d1f0c2a3b@thread.tacv2",
      teamsTeamId: "19:a4b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5@thread.tacv2",
      channel: { id: "19:0f3a6f5a8f8c4ac8b08a2c1d1f0c2a3b@thread.tacv2" },
      team: { id: "19:a4b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5@thread.tacv2" },
      tenant: TENANT,
    },
    ...overrides,
  });
}

/** Sent when the bot is installed for a user or added to a team: the bot is among membersAdded. */
export function botAdded(serviceUrl: string, overrides: Activity = {}): Activity {
  return base(serviceUrl, { type: "conversationUpdate", membersAdded: [{ id: BOT.id }], ...overrides });
}

/** A search message extension query (`composeExtension/query` invoke). */
export function searchQuery(serviceUrl: string, text: string | null, overrides: Activity = {}): Activity {
  const parameters = text === null ? [{ name: "initialRun", value: "true" }] : [{ name: "searchQuery", value: text }];
  return base(serviceUrl, {
    type: "invoke",
    name: "composeExtension/query",
    id: `f:${nextId()}`,
    value: { commandId: "searchQuery", parameters, queryOptions: { skip: 0, count: 25 } },
    channelData: { tenant: TENANT, source: { name: "compose" } },
    ...overrides,
  });
}

/** A click on Teams' 👍/👎 under a bot message (`message/submitAction` invoke). */
export function feedbackClick(serviceUrl: string, replyToId: string, reaction: "like" | "dislike", overrides: Activity = {}): Activity {
  return base(serviceUrl, {
    type: "invoke",
    name: "message/submitAction",
    replyToId,
    value: { actionName: "feedback", actionValue: { reaction, feedback: JSON.stringify({ feedbackText: "Clear, with the source." }) } },
    ...overrides,
  });
}
