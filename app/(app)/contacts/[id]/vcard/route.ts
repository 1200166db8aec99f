// One contact as a vCard 4.0 download (the "Export vCard" link on the contact's page).
import { requireUser } from "@/lib/auth/session";
import { contactFileName, downloadHeaders, DOWNLOAD_TYPES } from "@/lib/exports/download";
import { getContactForVCard } from "@/lib/exports/queries";
import { contactVCard, vCardDisplayName } from "@/lib/exports/vcard";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const contact = await getContactForVCard(user.id, id);
  if (!contact) return new Response("Not found", { status: 404 });
  return new Response(contactVCard(contact), {
    headers: downloadHeaders(contactFileName(vCardDisplayName(contact), "vcf"), DOWNLOAD_TYPES["contacts.vcf"]),
  });
}
