import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { choosePublicationRoute, hasSessionCookie, SESSION_COOKIES } from "./publication-route";

const VISIBILITY: Record<string, "OPENBAAR" | "RAAD"> = { "zwolle/1": "OPENBAAR", "zwolle/2": "RAAD", "den-ham/3": "OPENBAAR" };
const lookup = async (gemeente: string, version: number) => VISIBILITY[`${gemeente}/${version}`] ?? null;
const anonymous = { signedIn: false };
const signedIn = { signedIn: true };

describe("choosePublicationRoute", () => {
  it("serves OPENBAAR versions from the cache, to everyone", async () => {
    for (const request of [anonymous, signedIn]) {
      expect(await choosePublicationRoute("/g/zwolle/publicaties/1", request, lookup)).toEqual({ kind: "cached", path: "/g/zwolle/publicaties/1/openbaar" });
    }
  });

  it("sends RAAD and unknown versions to the per-request page, whoever asks", async () => {
    for (const request of [anonymous, signedIn]) {
      expect(await choosePublicationRoute("/g/zwolle/publicaties/2", request, lookup)).toEqual({ kind: "dynamic" });
      expect(await choosePublicationRoute("/g/zwolle/publicaties/99", request, lookup)).toEqual({ kind: "dynamic" });
      expect(await choosePublicationRoute("/g/enschede/publicaties/1", request, lookup)).toEqual({ kind: "dynamic" });
    }
  });

  it("fails closed: a failing lookup means the per-request page", async () => {
    const failing = async () => {
      throw new Error("database down");
    };
    expect(await choosePublicationRoute("/g/zwolle/publicaties/1", anonymous, failing)).toEqual({ kind: "dynamic" });
  });

  it("serves laatste from the cache only to anonymous visitors (a raadslid's may be council-only)", async () => {
    expect(await choosePublicationRoute("/g/zwolle/publicaties/laatste", anonymous, lookup)).toEqual({ kind: "cached", path: "/g/zwolle/publicaties/laatste/openbaar" });
    expect(await choosePublicationRoute("/g/zwolle/publicaties/laatste", signedIn, lookup)).toEqual({ kind: "dynamic" });
  });

  it("refuses the cached rendering at its own address", async () => {
    expect(await choosePublicationRoute("/g/zwolle/publicaties/1/openbaar", anonymous, lookup)).toEqual({ kind: "not-found" });
    expect(await choosePublicationRoute("/g/zwolle/publicaties/2/openbaar", signedIn, lookup)).toEqual({ kind: "not-found" });
  });

  it("decodes the gemeente and leaves other addresses alone", async () => {
    expect(await choosePublicationRoute("/g/den%2Dham/publicaties/3", anonymous, lookup)).toMatchObject({ kind: "cached", path: "/g/den-ham/publicaties/3/openbaar" });
    expect(await choosePublicationRoute("/g/%E0%A4%A/publicaties/1", anonymous, lookup)).toEqual({ kind: "dynamic" });
    for (const path of ["/g/zwolle/publicaties", "/g/zwolle/publicaties/1/pdf", "/g/zwolle/publicaties/1.json", "/g/zwolle/publicaties/eerste"]) {
      expect(await choosePublicationRoute(path, anonymous, lookup), path).toEqual({ kind: "dynamic" });
    }
  });
});

describe("hasSessionCookie", () => {
  it("recognizes Auth.js' session cookie, chunked and secure-prefixed", () => {
    expect(hasSessionCookie(["authjs.session-token"])).toBe(true);
    expect(hasSessionCookie(["other", "authjs.session-token.0"])).toBe(true);
    expect(hasSessionCookie(["__Secure-authjs.session-token"])).toBe(true);
    expect(hasSessionCookie(["authjs.csrf-token", "authjs.callback-url"])).toBe(false);
    expect(hasSessionCookie([])).toBe(false);
  });

  it("agrees with the names next.config.ts treats as signed in and the proxy's matcher (literal there)", () => {
    for (const name of SESSION_COOKIES) expect(hasSessionCookie([name]), name).toBe(true);
    const proxySource = readFileSync(new URL("../../proxy.ts", import.meta.url), "utf8");
    const matched = [...proxySource.matchAll(/type: "cookie", key: "([^"]+)"/g)].map((match) => match[1]);
    expect(matched.sort()).toEqual([...SESSION_COOKIES].sort());
  });
});
