-- AlterTable
ALTER TABLE "User" ALTER COLUMN "calendarToken" SET DEFAULT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');

-- The feed is new: no calendar has subscribed yet, so every account gets a strong token now.
UPDATE "User" SET "calendarToken" = replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
