-- Contact search also finds an encounter's "Topic to mention" (added in 20261127155233 without it):
-- the document gains the topic, and the encounter trigger fires when a topic changes.

CREATE OR REPLACE FUNCTION rapport_contact_document(
  contact_id text, first_name text, last_name text, company text, title text, email text,
  location text, notes text, tags text[]
) RETURNS text AS $$
  SELECT rapport_fold(concat_ws(' ', first_name, last_name, company, title, email, location, notes,
    array_to_string(tags, ' '),
    (SELECT string_agg(concat_ws(' ', e.context, e.topic, e."where", e."theyCanHelpWith", e."iCanHelpWith", ev.name, ev.location), ' ')
       FROM "Encounter" e LEFT JOIN "Event" ev ON ev.id = e."eventId"
      WHERE e."contactId" = contact_id)))
$$ LANGUAGE sql STABLE;

DROP TRIGGER encounter_search ON "Encounter";
CREATE TRIGGER encounter_search
  AFTER INSERT OR DELETE OR UPDATE OF "contactId", "eventId", context, topic, "where", "theyCanHelpWith", "iCanHelpWith"
  ON "Encounter" FOR EACH ROW EXECUTE FUNCTION rapport_encounter_search_after();

-- Contacts whose encounters already name a topic.
SELECT rapport_refresh_contact_search(ARRAY(SELECT DISTINCT "contactId" FROM "Encounter" WHERE topic IS NOT NULL));
