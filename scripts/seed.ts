// `npm run db:seed -- --demo`: creates the demo account with sample contacts (npm start does this
// once, on a new embedded database). Refuses to touch an account that already exists.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/auth/password";
import { assessInvitation, classifyReceived } from "../lib/invitations/assess";
import { loadEnvFile } from "./lib/env-file";
import { DEMO_CONTACTS, DEMO_ENCOUNTERS, DEMO_EVENTS } from "./lib/sample-data";

export const DEMO_EMAIL = "demo@rapport.local";
export const DEMO_PASSWORD = "rapport-demo-2026";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

async function main(): Promise<number> {
  if (!process.argv.includes("--demo")) {
    console.error("usage: tsx scripts/seed.ts --demo");
    return 2;
  }
  loadEnvFile(root);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
  try {
    if (await db.user.findUnique({ where: { email: DEMO_EMAIL }, select: { id: true } })) {
      console.log(`The demo account ${DEMO_EMAIL} exists already.`);
      return 0;
    }
    const day = 24 * 3600 * 1000;
    const user = await db.user.create({
      data: {
        email: DEMO_EMAIL,
        name: "Dana Demo",
        passwordHash: await hashPassword(DEMO_PASSWORD),
        contacts: {
          create: DEMO_CONTACTS.map((contact, index) => ({
            ...contact,
            createdAt: new Date(Date.now() - (DEMO_CONTACTS.length - index) * 2 * day),
            stageChangedAt: new Date(Date.now() - index * day),
          })),
        },
      },
      select: { id: true, contacts: { select: { id: true, firstName: true } } },
    });
    const contactIds = new Map(user.contacts.map((contact) => [contact.firstName, contact.id]));
    await addEncounters(db, user.id, contactIds);
    await addPipelineHistory(db, user.id, contactIds);
    await addReceivedInvitations(db, user.id, "Dana");
    console.log(`Demo account created. Sign in with ${DEMO_EMAIL} / ${DEMO_PASSWORD}`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

// Calendar days are stored as midnight UTC.
function daysAgo(days: number): Date {
  const date = new Date(Date.now() - days * 24 * 3600 * 1000);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

async function addEncounters(db: PrismaClient, ownerId: string, contactIds: Map<string, string>) {
  const eventIds = new Map<string, string>();
  for (const event of DEMO_EVENTS) {
    const created = await db.event.create({ data: { ownerId, name: event.name, startsOn: daysAgo(event.daysAgo), location: event.location } });
    eventIds.set(event.key, created.id);
  }
  for (const encounter of DEMO_ENCOUNTERS) {
    const contactId = contactIds.get(encounter.firstName)!;
    const metOn = daysAgo(encounter.daysAgo);
    await db.encounter.create({
      data: {
        ownerId,
        contactId,
        kind: encounter.kind,
        metOn,
        eventId: encounter.event ? eventIds.get(encounter.event) : undefined,
        throughContactId: encounter.through ? contactIds.get(encounter.through) : undefined,
        context: encounter.context,
        topic: encounter.topic,
        theyCanHelpWith: encounter.theyCanHelpWith,
        iCanHelpWith: encounter.iCanHelpWith,
      },
    });
    await db.contact.update({ where: { id: contactId }, data: { lastInteractionAt: metOn } });
  }
}

const at = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000);

// What the demo's stages imply: sent invitations (one waiting over three weeks), acceptances owed a thank-you,
// thank-yous with a next step (one due today), so /today and the board show every section on the first visit.
async function addPipelineHistory(db: PrismaClient, ownerId: string, contactIds: Map<string, string>) {
  const history: { firstName: string; sentDaysAgo: number; acceptedDaysAgo?: number; thankedDaysAgo?: number; followUpInDays?: number; nextStep?: string }[] = [
    { firstName: "Priya", sentDaysAgo: 25 },
    { firstName: "Sofia", sentDaysAgo: 4 },
    { firstName: "Tom", sentDaysAgo: 12, acceptedDaysAgo: 6 },
    { firstName: "Daniel", sentDaysAgo: 5, acceptedDaysAgo: 2 },
    { firstName: "Aiko", sentDaysAgo: 30, acceptedDaysAgo: 27, thankedDaysAgo: 26, followUpInDays: 0, nextStep: "Send her our onboarding flow for the review she offered" },
    { firstName: "Luca", sentDaysAgo: 40, acceptedDaysAgo: 38, thankedDaysAgo: 37, followUpInDays: 5, nextStep: "Coffee when he is back in Milan" },
  ];
  for (const step of history) {
    const contactId = contactIds.get(step.firstName)!;
    const message = `Hi ${step.firstName}, great to meet you — I'd love to stay in touch.`;
    const accepted = step.acceptedDaysAgo !== undefined;
    const assessment = assessInvitation(message, { firstName: step.firstName });
    await db.invitation.create({
      data: {
        ownerId,
        contactId,
        direction: "OUTGOING",
        status: accepted ? "ACCEPTED" : "SENT",
        message,
        // As "Mark as sent" keeps them: the coach's score and findings when it went out.
        score: assessment.score,
        flags: assessment.findings.map((finding) => finding.code),
        sentAt: at(step.sentDaysAgo),
        respondedAt: accepted ? at(step.acceptedDaysAgo!) : null,
      },
    });
    await db.activity.create({ data: { ownerId, contactId, kind: "INVITE_SENT", occurredAt: at(step.sentDaysAgo), body: message } });
    if (accepted) await db.activity.create({ data: { ownerId, contactId, kind: "INVITE_ACCEPTED", occurredAt: at(step.acceptedDaysAgo!), body: "Invitation accepted." } });
    if (step.thankedDaysAgo !== undefined) {
      await db.activity.create({
        data: { ownerId, contactId, kind: "THANK_YOU_SENT", occurredAt: at(step.thankedDaysAgo), body: `Thanks for connecting, ${step.firstName}!` },
      });
    }
    const dueOn = step.followUpInDays !== undefined ? daysAgo(-step.followUpInDays) : null;
    if (dueOn) await db.followUp.create({ data: { ownerId, contactId, dueOn, note: step.nextStep ?? "" } });
    const last = step.thankedDaysAgo ?? step.acceptedDaysAgo ?? step.sentDaysAgo;
    await db.contact.update({
      where: { id: contactId },
      data: {
        stageChangedAt: at(last),
        connectedAt: accepted ? at(step.acceptedDaysAgo!) : null,
        lastInteractionAt: at(last),
        nextFollowUpOn: dueOn,
        followUpNote: dueOn ? (step.nextStep ?? null) : null,
      },
    });
  }
}

// Invitations people sent Dana, as an inbox holds them: mostly LinkedIn's default, one with only a greeting, a few
// personal ones, so /inbox and /insights have something to show. The senders are strangers until she replies.
const RECEIVED: { firstName: string; lastName: string; company: string; daysAgo: number; message: string }[] = [
  { firstName: "Ravi", lastName: "Shah", company: "Quantix Growth", daysAgo: 1, message: "" },
  { firstName: "Helena", lastName: "Brandt", company: "Orbis Consulting", daysAgo: 2, message: "I'd like to add you to my professional network on LinkedIn." },
  { firstName: "Kofi", lastName: "Mensah", company: "Accra Product Guild", daysAgo: 3, message: "Hi Dana, I saw your question about onboarding metrics in the Product Ops group. We measured activation the same way at my last company and I'd be glad to compare notes." },
  { firstName: "Chloé", lastName: "Martin", company: "Atelier Numérique", daysAgo: 6, message: "Je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn." },
  { firstName: "Ben", lastName: "Archer", company: "Salesbridge", daysAgo: 9, message: "Hi Dana, I'd like to add you to my professional network on LinkedIn." },
  { firstName: "Mei", lastName: "Lin", company: "Harbor Health", daysAgo: 14, message: "Dana, we met at the AMA Leadership Summit coffee line: you mentioned your patient-portal redesign. I lead research at Harbor Health and would love to hear how it went." },
  { firstName: "Jonas", lastName: "Weber", company: "Cloudmesh", daysAgo: 21, message: "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen." },
  { firstName: "Lucy", lastName: "Hart", company: "Recruit Direct", daysAgo: 33, message: "" },
];

async function addReceivedInvitations(db: PrismaClient, ownerId: string, ownerFirstName: string) {
  for (const sender of RECEIVED) {
    const sentAt = at(sender.daysAgo);
    const contact = await db.contact.create({
      data: { ownerId, firstName: sender.firstName, lastName: sender.lastName, company: sender.company, stage: "PERSONALIZE", createdAt: sentAt, lastInteractionAt: sentAt },
      select: { id: true },
    });
    await db.invitation.create({
      data: { ownerId, contactId: contact.id, direction: "INCOMING", status: "NEW", message: sender.message, sentAt, flags: [classifyReceived(sender.message, ownerFirstName)] },
    });
    const body = `Sent you an invitation on LinkedIn${sender.message ? `:\n${sender.message}` : "."}`;
    await db.activity.create({ data: { ownerId, contactId: contact.id, kind: "MESSAGE", occurredAt: sentAt, body } });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
