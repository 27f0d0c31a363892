import { once } from "node:events";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { batchWrites } from "./write-batching.ts";

const open: net.Socket[] = [];
let server: net.Server | null = null;

afterEach(async () => {
  for (const socket of open.splice(0)) socket.destroy();
  if (server) await new Promise((resolve) => server!.close(resolve));
  server = null;
});

/** A connected pair over loopback: `sending` (batched) and what the other end receives. */
async function socketPair(): Promise<{ sending: net.Socket; received: () => string }> {
  let chunks = "";
  const accepted = new Promise<net.Socket>((resolve) => {
    server = net.createServer((socket) => {
      open.push(socket);
      resolve(socket);
    });
  });
  server!.listen(0, "127.0.0.1");
  await once(server!, "listening");
  const client = net.connect((server!.address() as net.AddressInfo).port, "127.0.0.1");
  open.push(client);
  client.setEncoding("utf8");
  client.on("data", (data: string) => (chunks += data));
  const sending = await accepted;
  batchWrites(sending);
  return { sending, received: () => chunks };
}

/** Counts the writes a socket hands to the kernel (one per _write or _writev call). */
function countKernelWrites(socket: net.Socket): { single: number; vectored: number[] } {
  const counts = { single: 0, vectored: [] as number[] };
  const internals = socket as unknown as { _write: (...args: unknown[]) => void; _writev: (chunks: unknown[], ...rest: unknown[]) => void };
  const write = internals._write.bind(socket);
  const writev = internals._writev.bind(socket);
  internals._write = (...args) => {
    counts.single += 1;
    write(...args);
  };
  internals._writev = (chunks, ...rest) => {
    counts.vectored.push(chunks.length);
    writev(chunks, ...rest);
  };
  return counts;
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe("batchWrites", () => {
  it("sends everything written to a socket in one turn as one write, in order, at the end of the turn", async () => {
    const { sending, received } = await socketPair();
    const writes = countKernelWrites(sending);
    sending.write("een ");
    sending.write("twee ");
    sending.write("drie");
    // Still in the same turn: held back, nothing handed to the kernel yet.
    expect(sending.writableLength).toBe("een twee drie".length);
    expect(writes).toEqual({ single: 0, vectored: [] });
    await nextTurn();
    expect(writes).toEqual({ single: 0, vectored: [3] });
    await expect.poll(received).toBe("een twee drie");
  });

  it("starts a new batch in the next turn, and keeps sockets apart", async () => {
    const first = await socketPair();
    const second = await socketPair();
    const firstWrites = countKernelWrites(first.sending);
    const secondWrites = countKernelWrites(second.sending);
    first.sending.write("a");
    second.sending.write("x");
    first.sending.write("b");
    await nextTurn();
    first.sending.write("c");
    await nextTurn();
    expect(firstWrites).toEqual({ single: 1, vectored: [2] });
    expect(secondWrites).toEqual({ single: 1, vectored: [] });
    await expect.poll(first.received).toBe("abc");
    await expect.poll(second.received).toBe("x");
  });

  it("lets a socket that was closed with writes pending go without errors", async () => {
    const { sending } = await socketPair();
    const errors: unknown[] = [];
    sending.on("error", (error) => errors.push(error));
    sending.write("weg");
    sending.destroy();
    await nextTurn();
    sending.write("te laat");
    await nextTurn();
    expect(sending.destroyed).toBe(true);
    expect(errors.filter((error) => (error as NodeJS.ErrnoException).code !== "ERR_STREAM_DESTROYED")).toEqual([]);
  });
});
