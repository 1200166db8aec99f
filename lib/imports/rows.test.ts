import { describe, expect, it } from "vitest";
import { invalid, printable } from "./rows";
import { mapVcard } from "./vcard";

describe("printable", () => {
  it("shows control characters as their symbols and half an emoji as �, leaving the rest as it is", () => {
    expect(printable("a\u0000b\u001Fc\u007F")).toBe("a␀b␟c␡");
    expect(printable("tab\tand\nnewline")).toBe("tab\tand\nnewline");
    expect(printable("x\uD800y\uDC00z 😀")).toBe("x\uFFFDy\uFFFDz 😀");
  });

  it("is what an invalid row's reason holds, so the reason can be stored", () => {
    expect(invalid(3, 'cannot read "\u0000"').problem).toEqual({ row: 3, reason: 'cannot read "␀"' });
  });
});

describe("a vCard whose line is a NUL", () => {
  it("is refused with a reason that quotes it as ␀", () => {
    const outcome = mapVcard({ text: ["BEGIN:VCARD", "VERSION:3.0", "N:Doe;Jane;;;", "FN:Jane Doe", "\u0000", "END:VCARD"].join("\r\n"), line: 1 });
    expect(outcome).toMatchObject({ kind: "invalid", problem: { row: 1, reason: expect.stringContaining("␀") } });
    expect(JSON.stringify(outcome)).not.toContain("\\u0000");
  });
});
