import { describe, expect, it } from "vitest";
import { BodyTooLargeError, limitedBody } from "@/lib/http/limited-body";

/** A source of `chunks` chunks of `size` bytes that records how many were read and whether it was cancelled. */
function source(chunks: number, size: number) {
  const seen = { read: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (seen.read === chunks) return controller.close();
        seen.read += 1;
        controller.enqueue(new Uint8Array(size).fill(65));
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, seen };
}

describe("limitedBody", () => {
  it("passes a body up to the limit through unchanged", async () => {
    const { stream } = source(4, 10);
    expect(await new Response(limitedBody(stream, 40)).text()).toBe("A".repeat(40));
  });

  it("fails past the limit, cancels the source and reads no further", async () => {
    const { stream, seen } = source(1_000, 10);
    await expect(new Response(limitedBody(stream, 35)).text()).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(seen.read).toBe(4);
    expect(seen.cancelled).toBe(true);
  });
});
