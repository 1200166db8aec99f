// How a contact is named and labelled on screen.
import type { Stage } from "@/lib/generated/prisma/enums";

export function contactName(contact: { firstName: string; lastName: string }): string {
  return [contact.firstName, contact.lastName].filter(Boolean).join(" ");
}

export function contactInitials(contact: { firstName: string; lastName: string }): string {
  return ((contact.firstName[0] ?? "") + (contact.lastName[0] ?? "")).toUpperCase() || "?";
}

export const STAGE_LABELS: Record<Stage, string> = {
  PERSONALIZE: "Personalize",
  READY: "Ready to send",
  SENT: "Sent",
  CONNECTED: "Needs a thank-you",
  THANKED: "Thanked",
};
