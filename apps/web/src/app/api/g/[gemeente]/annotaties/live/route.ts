// Server-Sent Events: tells a member with the lemma page open that the gemeente's
// annotations on it changed (event `changed`, no content; the page refetches through the
// normal reads). Access is checked before the stream opens (a refusal is an HTTP status)
// and again on every change (fails closed: the stream ends). Changes from any web process
// arrive through PostgreSQL LISTEN/NOTIFY.
import { getNotificationListener } from "@trendweb/db";
import { AppError, watchAnnotations } from "@trendweb/services";
import type { NextRequest } from "next/server";
import { serviceContext } from "@/lib/access/viewer";
import { errorResponse } from "@/lib/api/error-response";

export const dynamic = "force-dynamic";

/** Comments keep proxies from closing an idle stream. */
const HEARTBEAT_MS = 25_000;

export async function GET(request: NextRequest, { params }: { params: Promise<{ gemeente: string }> }): Promise<Response> {
  const { gemeente } = await params;
  const lemma = request.nextUrl.searchParams.get("lemma");
  const encoder = new TextEncoder();
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let closed = false;
  let unwatch = () => {};
  const send = (chunk: string) => {
    if (!closed) controller?.enqueue(encoder.encode(chunk));
  };
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    unwatch();
    try {
      controller?.close();
    } catch {
      // already closed by the client
    }
  };

  try {
    if (!lemma) throw new AppError("INVALID_INPUT", "Geef de trend op: ?lemma=<naam-van-de-trend>.");
    unwatch = await watchAnnotations(await serviceContext(), getNotificationListener(), gemeente, lemma, {
      onChange: () => send("event: changed\ndata: {}\n\n"),
      onRevoked: () => {
        send("event: revoked\ndata: {}\n\n");
        close();
      },
    });
  } catch (error) {
    return errorResponse(error);
  }

  const stream = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
      send("retry: 3000\n\n");
      heartbeat = setInterval(() => send(": stil\n\n"), HEARTBEAT_MS);
      request.signal.addEventListener("abort", close);
    },
    cancel: close,
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-store, no-transform", "x-accel-buffering": "no" },
  });
}
