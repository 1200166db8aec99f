// The built-in starter templates every user has. They live in code, not in the database: they cannot be edited or
// deleted, only copied into an own template. Invitations are written to fit LinkedIn's 200-character limit once filled;
// replies to an invitation received ask for context, start a conversation or decline, kindly and honestly.

export type TemplateKindName = "INVITATION" | "THANK_YOU" | "REPLY";

export type BuiltinTemplate = { kind: TemplateKindName; slug: string; name: string; body: string };

export const BUILTIN_ID_PREFIX = "builtin:";

export const BUILTIN_TEMPLATES: BuiltinTemplate[] = [
  {
    kind: "INVITATION",
    slug: "met-at-event",
    name: "Met at an event",
    body: "Hi {firstName}, great meeting you at {eventName}. I enjoyed our chat about {topic} and would love to keep swapping notes. {myFirstName}",
  },
  {
    kind: "INVITATION",
    slug: "mutual-connection",
    name: "Mutual connection",
    body: "Hi {firstName}, {mutualName} suggested I reach out about your work on {topic} at {company}. I’d love to hear how you approach it. {myFirstName}",
  },
  {
    kind: "INVITATION",
    slug: "shared-group",
    name: "Shared group",
    body: "Hi {firstName}, we’re both in the {topic} group and your comments there stood out. I’d love to hear how your team at {company} handles it. {myFirstName}",
  },
  {
    kind: "INVITATION",
    slug: "after-a-talk",
    name: "After a talk",
    body: "Hi {firstName}, I was in the audience for your talk at {eventName}. Your point about {topic} stuck with me, and I’d love to follow your work. {myFirstName}",
  },
  {
    kind: "REPLY",
    slug: "reply-to-stranger",
    name: "Reply to a stranger",
    body: "Hi {firstName}, thanks for the invitation! I don’t think we’ve met yet: what made you reach out? I’d love to hear a bit about your work at {company}. {myFirstName}",
  },
  {
    kind: "REPLY",
    slug: "ask-where-we-met",
    name: "Ask where we met",
    body: "Hi {firstName}, thanks for the invitation! Remind me where we met? I meet a lot of people and want to place you properly. I’d love to hear what you’re working on at {company}. {myFirstName}",
  },
  {
    kind: "REPLY",
    slug: "start-a-conversation",
    name: "Start a conversation",
    body: "Hi {firstName}, thanks for reaching out! What are you working on at {company} these days? I’d be happy to swap notes, and if there’s something I can help with, let me know. {myFirstName}",
  },
  {
    kind: "REPLY",
    slug: "decline-politely",
    name: "Decline politely",
    body: "Hi {firstName}, thank you for the invitation. I keep my LinkedIn network to people I know well, so I won’t accept for now; if our paths cross, I’d be happy to chat. All the best with your work at {company}. {myFirstName}",
  },
  {
    kind: "THANK_YOU",
    slug: "thanks-after-accepting",
    name: "Thank-you after accepting",
    body: "Thanks for connecting, {firstName}! I really enjoyed our chat about {topic}. Would a short call in the next few weeks suit you? Either way, let’s keep in touch. {myFirstName}",
  },
];

export function builtinTemplateId(slug: string): string {
  return `${BUILTIN_ID_PREFIX}${slug}`;
}

export function isBuiltinTemplateId(id: string): boolean {
  return id.startsWith(BUILTIN_ID_PREFIX);
}

/** The built-in with this id ("builtin:<slug>"), or undefined. */
export function findBuiltinTemplate(id: string): BuiltinTemplate | undefined {
  if (!isBuiltinTemplateId(id)) return undefined;
  const slug = id.slice(BUILTIN_ID_PREFIX.length);
  return BUILTIN_TEMPLATES.find((template) => template.slug === slug);
}
