import { describe, expect, it } from "vitest";
import { authSecret, parseEnv, prefectureTimeZone } from "@/lib/env";

const URL = "postgresql://postgres@127.0.0.1:5432/tracer";

describe("environment", () => {
  it("refuses to run in production without NEXTAUTH_SECRET and says what to set", () => {
    const env = parseEnv({ NODE_ENV: "production", DATABASE_URL: URL });
    expect(() => authSecret(env)).toThrow(/NEXTAUTH_SECRET is not set\. Set NEXTAUTH_SECRET to a random string/);
  });

  it("uses the given secret, and a development secret outside production", () => {
    expect(authSecret(parseEnv({ NODE_ENV: "production", DATABASE_URL: URL, NEXTAUTH_SECRET: "s".repeat(32) }))).toBe("s".repeat(32));
    expect(authSecret(parseEnv({ NODE_ENV: "development", DATABASE_URL: URL }))).toMatch(/development/);
  });

  it("names each invalid variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "not a url", NEXTAUTH_SECRET: "short" })).toThrow(
      /DATABASE_URL: DATABASE_URL must be a postgresql:\/\/ URL[\s\S]*NEXTAUTH_SECRET: NEXTAUTH_SECRET must be at least 16 characters/,
    );
  });

  it("defaults the bcrypt cost", () => {
    expect(parseEnv({ DATABASE_URL: URL })).toMatchObject({ BCRYPT_COST: 12 });
  });

  it("reads the prefecture time zone from TRACER_TIME_ZONE, Asia/Shanghai by default, and names a bad one", () => {
    expect(prefectureTimeZone({})).toBe("Asia/Shanghai");
    expect(prefectureTimeZone({ TRACER_TIME_ZONE: "Asia/Urumqi" })).toBe("Asia/Urumqi");
    expect(() => prefectureTimeZone({ TRACER_TIME_ZONE: "Mars/Base" })).toThrow(/TRACER_TIME_ZONE: "Mars\/Base" is not an IANA time zone/);
  });
});
