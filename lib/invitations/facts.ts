// What Rapport knows about a contact, shaped for the coach (`InvitationFacts`) and for templates (`TemplateValues`).
// Pure, so the composer rebuilds the facts in the browser when "How you know them" changes and the server
// rebuilds the same facts when the invitation is marked as sent.
import type { InvitationFacts } from "@/lib/invitations/assess";
import type { TemplateValues } from "@/lib/templates/fill";

export type Claim = NonNullable<InvitationFacts["claim"]>;

export type FactContact = { firstName: string; lastName: string; company: string | null };

/** One "how you met", as `getComposer` reads it (the event's location is optional so other reads fit too). */
export type FactEncounter = {
  kind: string;
  metOn: Date;
  where: string | null;
  /** "Topic to mention": what the user would bring up in a message; templates' {topic}. */
  topic: string | null;
  /** "What you talked about": a private note, never put into a message by Rapport. */
  context: string;
  theyCanHelpWith: string | null;
  iCanHelpWith: string | null;
  event: { name: string; location?: string | null } | null;
  mutualConnection: { firstName: string; lastName: string } | null;
};

function personName(person: { firstName: string; lastName: string }): string {
  return [person.firstName, person.lastName].map((part) => part.trim()).filter(Boolean).join(" ");
}

/** Non-empty, trimmed, each once (ignoring case), in the order given. */
function distinct(values: (string | null | undefined)[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const text = value?.trim();
    if (text && !seen.has(text.toLowerCase())) seen.set(text.toLowerCase(), text);
  }
  return [...seen.values()];
}

function newestFirst(encounters: FactEncounter[]): FactEncounter[] {
  return [...encounters].sort((a, b) => b.metOn.getTime() - a.metOn.getTime());
}

export function buildFacts({
  contact,
  encounters,
  noteLimit,
  claim,
}: {
  contact: FactContact;
  encounters: FactEncounter[];
  noteLimit: number;
  claim?: Claim | null;
}): InvitationFacts {
  const facts: InvitationFacts = {
    firstName: contact.firstName.trim(),
    lastName: contact.lastName.trim(),
    events: distinct(encounters.map((encounter) => encounter.event?.name)),
    places: distinct(encounters.flatMap((encounter) => [encounter.where, encounter.event?.location])),
    topics: distinct(encounters.flatMap((encounter) => [encounter.topic, encounter.context, encounter.theyCanHelpWith, encounter.iCanHelpWith])),
    notes: distinct(encounters.flatMap((encounter) => [encounter.context, encounter.theyCanHelpWith, encounter.iCanHelpWith])),
    mutualNames: distinct(encounters.map((encounter) => encounter.mutualConnection && personName(encounter.mutualConnection))),
    encounterKinds: distinct(encounters.map((encounter) => encounter.kind)),
    noteLimit: noteLimit === 200 ? 200 : 300,
  };
  const company = contact.company?.trim();
  if (company) facts.company = company;
  if (claim) facts.claim = claim;
  return facts;
}

/** "12 March" this year, "12 March 2025" before: how people say when they met. Days are stored as midnight UTC. */
export function formatMetOn(day: Date, now: Date = new Date()): string {
  const sameYear = day.getUTCFullYear() === now.getUTCFullYear();
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", ...(sameYear ? {} : { year: "numeric" }), timeZone: "UTC" }).format(day);
}

/** A topic as it reads after "our chat about": without the sentence's closing punctuation. */
export function asTopic(text: string): string {
  return text.trim().replace(/[.!;:,]+$/u, "");
}

/**
 * Values for a template's placeholders. The event and its day come from the newest encounter at an event (else the
 * day of the newest encounter), the topic and the mutual connection from the newest encounter that has one. The topic
 * is only ever the "Topic to mention": the private notes are written about the person, and a template must not send
 * them to the person; with no topic, {topic} stays for the user to write.
 */
export function templateValues({
  contact,
  encounters,
  myName,
  now = new Date(),
}: {
  contact: FactContact;
  encounters: FactEncounter[];
  myName: string;
  now?: Date;
}): TemplateValues {
  const ordered = newestFirst(encounters);
  const atEvent = ordered.find((encounter) => encounter.event);
  const dated = atEvent ?? ordered[0];
  const topic = ordered.find((encounter) => encounter.topic?.trim())?.topic;
  const mutual = ordered.find((encounter) => encounter.mutualConnection)?.mutualConnection;
  const values: TemplateValues = {};
  const set = (key: keyof TemplateValues, value: string | null | undefined) => {
    const text = value?.trim();
    if (text) values[key] = text;
  };
  set("firstName", contact.firstName);
  set("company", contact.company);
  set("eventName", atEvent?.event?.name);
  set("metOn", dated && formatMetOn(dated.metOn, now));
  set("topic", topic && asTopic(topic));
  set("mutualName", mutual && personName(mutual));
  set("myFirstName", myName.trim().split(/\s+/u)[0]);
  return values;
}
