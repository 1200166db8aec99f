#!/bin/sh
# Stand-in for Prisma's native schema engine, which the CLI downloads at start-up and cannot
# fetch offline. `prisma generate` only checks that the file exists; migrations run through
# scripts/migrate.ts (the WebAssembly engine) instead. Anything that calls this has gone wrong.
echo "Rapport: the native Prisma schema engine is not used here; run 'npm run db:migrate' or 'npm run db:deploy'." >&2
exit 1
