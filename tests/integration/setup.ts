// Integration tests write to a real database: refuse anything that is not on this machine.
import { assertLocalDatabase } from "./database";

assertLocalDatabase(process.env.DATABASE_URL);
