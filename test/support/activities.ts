import { randomUUID } from 'node:crypto';

// Builders for Teams-shaped activities. People here are fictional.

export const TENANT = 'tenant-sw-test';
export const BOT = { id: '28:bot-lro-assist', name: 'LRO Assist' };
export const USERS = {
  lro: { id: '29:user-lro-1', name: 'Alex Example', aadObjectId: '00000000-0000-4000-8000-00000000a001' },
  lro2: { id: '29:user-lro-2', name: 'Jordan Sample', aadObjectId: '00000000-0000-4000-8000-00000000a002' },
  coordinator: { id: '29:user-cc-1', name: 'Casey Placeholder', aadObjectId: '00000000-0000-4000-8000-00000000c001' },
};
export const TEAM = { id: '19:team-sw@thread.tacv2', name: 'SW LRO Network' };
export const CHANNEL_ID = '19:general-sw@thread.tacv2';
export const GROUP_CHAT_ID = '19:group-sw@thread.v2';

export type User = (typeof USERS)[keyof typeof USERS];
export type Where = 'personal' | 'groupChat' | 'channel';

interface Options {
  serviceUrl: string;
  user?: User;
  where?: Where;
  tenantId?: string;
}

export function personalConversationId(user: User): string {
  return `a:personal-${user.aadObjectId}`;
}

function envelope({ serviceUrl, user = USERS.lro, where = 'personal', tenantId = TENANT }: Options) {
  const conversation =
    where === 'channel'
      ? { id: CHANNEL_ID, conversationType: 'channel', isGroup: true, tenantId }
      : where === 'groupChat'
        ? { id: GROUP_CHAT_ID, conversationType: 'groupChat', isGroup: true, tenantId }
        : { id: personalConversationId(user), conversationType: 'personal', tenantId };
  const channelData: Record<string, unknown> = { tenant: { id: tenantId } };
  if (where === 'channel') {
    channelData.team = TEAM;
    channelData.channel = { id: CHANNEL_ID, name: 'General' };
  }
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { id: BOT.id, name: BOT.name },
    conversation,
    channelData,
    locale: 'en-GB',
  };
}

/** A message; in a channel or group chat it @mentions the bot, as Teams requires. */
export function message(text: string, options: Options & { mention?: boolean }) {
  const base = envelope(options);
  const mention = options.mention ?? (options.where !== undefined && options.where !== 'personal');
  if (!mention) return { ...base, type: 'message', text, textFormat: 'plain' };
  const tag = `<at>${BOT.name}</at>`;
  return {
    ...base,
    type: 'message',
    text: `${tag} ${text}`,
    textFormat: 'plain',
    entities: [{ type: 'mention', text: tag, mentioned: { id: BOT.id, name: BOT.name } }],
  };
}

/** An Action.Submit from a card: a message with a `value` and no text. */
export function submit(value: Record<string, unknown>, options: Options & { replyToId?: string }) {
  return { ...envelope(options), type: 'message', value, replyToId: options.replyToId };
}

export function installationUpdate(action: 'add' | 'remove', options: Options) {
  return { ...envelope(options), type: 'installationUpdate', action };
}

export function botMembership(change: 'added' | 'removed', options: Options) {
  const base = envelope(options);
  const members = [{ id: BOT.id }];
  const eventType = options.where === 'channel' ? (change === 'added' ? 'teamMemberAdded' : 'teamMemberRemoved') : undefined;
  return {
    ...base,
    type: 'conversationUpdate',
    channelData: { ...base.channelData, ...(eventType ? { eventType } : {}) },
    ...(change === 'added' ? { membersAdded: members } : { membersRemoved: members }),
  };
}

export function invoke(name: string, value: unknown, options: Options & { replyToId?: string }) {
  return { ...envelope(options), type: 'invoke', name, value, replyToId: options.replyToId };
}
