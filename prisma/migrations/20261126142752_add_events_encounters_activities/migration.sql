-- Search needs trigram indexes and accent folding (both ship with PostgreSQL, and are trusted
-- extensions: a database owner may create them).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- CreateEnum
CREATE TYPE "EncounterKind" AS ENUM ('EVENT', 'MUTUAL_CONNECTION', 'COLLEAGUE', 'CLASSMATE', 'DID_BUSINESS', 'FRIEND', 'ONLINE_GROUP', 'OTHER');

-- CreateEnum
CREATE TYPE "ActivityKind" AS ENUM ('NOTE', 'INVITE_SENT', 'INVITE_ACCEPTED', 'THANK_YOU_SENT', 'FOLLOW_UP_DONE', 'MESSAGE', 'MEETING', 'STAGE_CHANGED', 'IMPORTED', 'MERGED');

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchVector" tsvector;

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "location" TEXT,
    "url" TEXT,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Encounter" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "eventId" TEXT,
    "kind" "EncounterKind" NOT NULL,
    "metOn" DATE NOT NULL,
    "where" TEXT,
    "throughContactId" TEXT,
    "context" TEXT NOT NULL DEFAULT '',
    "theyCanHelpWith" TEXT,
    "iCanHelpWith" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Encounter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "kind" "ActivityKind" NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "body" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Event_ownerId_startsOn_idx" ON "Event"("ownerId", "startsOn" DESC);

-- CreateIndex
CREATE INDEX "Encounter_contactId_metOn_idx" ON "Encounter"("contactId", "metOn" DESC);

-- CreateIndex
CREATE INDEX "Encounter_eventId_idx" ON "Encounter"("eventId");

-- CreateIndex
CREATE INDEX "Encounter_throughContactId_idx" ON "Encounter"("throughContactId");

-- CreateIndex
CREATE INDEX "Encounter_ownerId_idx" ON "Encounter"("ownerId");

-- CreateIndex
CREATE INDEX "Activity_contactId_occurredAt_idx" ON "Activity"("contactId", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "Activity_ownerId_idx" ON "Activity"("ownerId");

-- CreateIndex
CREATE INDEX "Contact_ownerId_lastName_firstName_idx" ON "Contact"("ownerId", "lastName", "firstName");

-- CreateIndex
CREATE INDEX "Contact_ownerId_lastInteractionAt_idx" ON "Contact"("ownerId", "lastInteractionAt" DESC);

-- CreateIndex
CREATE INDEX "Contact_tags_idx" ON "Contact" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "Contact_searchText_idx" ON "Contact" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Contact_searchVector_idx" ON "Contact" USING GIN ("searchVector");

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Encounter" ADD CONSTRAINT "Encounter_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Encounter" ADD CONSTRAINT "Encounter_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Encounter" ADD CONSTRAINT "Encounter_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Encounter" ADD CONSTRAINT "Encounter_throughContactId_fkey" FOREIGN KEY ("throughContactId") REFERENCES "Contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Contact search ------------------------------------------------------------------------------
-- "searchText" (trigram-indexed, for any part of a word) and "searchVector" (for whole words)
-- hold a contact's name, work, email, location, notes and tags, plus what was said at each
-- encounter and the name and place of its event, lower-cased and without accents, so "jose"
-- finds "José". Triggers keep them current when a contact, an encounter or an event changes.

CREATE FUNCTION rapport_fold(input text) RETURNS text AS $$
  SELECT lower(public.unaccent('public.unaccent'::regdictionary, coalesce(input, '')))
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION rapport_contact_document(
  contact_id text, first_name text, last_name text, company text, title text, email text,
  location text, notes text, tags text[]
) RETURNS text AS $$
  SELECT rapport_fold(concat_ws(' ', first_name, last_name, company, title, email, location, notes,
    array_to_string(tags, ' '),
    (SELECT string_agg(concat_ws(' ', e.context, e."where", e."theyCanHelpWith", e."iCanHelpWith", ev.name, ev.location), ' ')
       FROM "Encounter" e LEFT JOIN "Event" ev ON ev.id = e."eventId"
      WHERE e."contactId" = contact_id)))
$$ LANGUAGE sql STABLE;

CREATE FUNCTION rapport_contact_search_before() RETURNS trigger AS $$
BEGIN
  NEW."searchText" := rapport_contact_document(NEW.id, NEW."firstName", NEW."lastName", NEW.company,
    NEW.title, NEW.email, NEW.location, NEW.notes, NEW.tags);
  NEW."searchVector" := to_tsvector('simple', NEW."searchText");
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER contact_search
  BEFORE INSERT OR UPDATE OF "firstName", "lastName", company, title, email, location, notes, tags
  ON "Contact" FOR EACH ROW EXECUTE FUNCTION rapport_contact_search_before();

-- Recomputes the documents of the given contacts from their stored rows.
CREATE FUNCTION rapport_refresh_contact_search(contact_ids text[]) RETURNS void AS $$
  UPDATE "Contact" c
     SET "searchText" = doc.text, "searchVector" = to_tsvector('simple', doc.text)
    FROM (SELECT id, rapport_contact_document(id, "firstName", "lastName", company, title, email,
                   location, notes, tags) AS text
            FROM "Contact" WHERE id = ANY(contact_ids)) doc
   WHERE c.id = doc.id
$$ LANGUAGE sql;

CREATE FUNCTION rapport_encounter_search_after() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM rapport_refresh_contact_search(ARRAY[OLD."contactId"]);
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM rapport_refresh_contact_search(ARRAY[NEW."contactId"]);
  ELSE
    PERFORM rapport_refresh_contact_search(ARRAY[OLD."contactId", NEW."contactId"]);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER encounter_search
  AFTER INSERT OR DELETE OR UPDATE OF "contactId", "eventId", context, "where", "theyCanHelpWith", "iCanHelpWith"
  ON "Encounter" FOR EACH ROW EXECUTE FUNCTION rapport_encounter_search_after();

CREATE FUNCTION rapport_event_search_after() RETURNS trigger AS $$
BEGIN
  PERFORM rapport_refresh_contact_search(ARRAY(SELECT DISTINCT "contactId" FROM "Encounter" WHERE "eventId" = NEW.id));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- A deleted event sets its encounters' "eventId" to NULL, which the encounter trigger handles.
CREATE TRIGGER event_search
  AFTER UPDATE OF name, location ON "Event"
  FOR EACH ROW EXECUTE FUNCTION rapport_event_search_after();

-- Contacts that existed before this migration.
SELECT rapport_refresh_contact_search(ARRAY(SELECT id FROM "Contact"));
