import { describe, expect, it } from "vitest";
import { takeEnginePanic } from "./migrator";

describe("the schema engine's panics", () => {
  it("are recorded where the engine's glue reports them, so an error can say what broke", () => {
    const registry = (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } }).PRISMA_WASM_PANIC_REGISTRY;
    expect(registry).toBeDefined();
    registry!.set_message("panicked at sql-schema-describer/src/postgres.rs:1193:39: constraint_type as char failed");
    expect(takeEnginePanic()).toContain("postgres.rs:1193:39");
    expect(takeEnginePanic()).toBeUndefined();
  });
});
