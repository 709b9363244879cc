import { describe, expect, it } from "vitest";
import { authSecret, databasePoolSize, parseEnv, prefectureTimeZone } from "@/lib/env";

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

  it("reads the pool size from DATABASE_POOL_SIZE, 10 by default, and names a bad one", () => {
    expect(parseEnv({ DATABASE_URL: URL }).DATABASE_POOL_SIZE).toBe(10);
    expect(parseEnv({ DATABASE_URL: URL, DATABASE_POOL_SIZE: "25" }).DATABASE_POOL_SIZE).toBe(25);
    expect(databasePoolSize({})).toBe(10);
    expect(databasePoolSize({ DATABASE_POOL_SIZE: "" })).toBe(10);
    expect(databasePoolSize({ DATABASE_POOL_SIZE: "4" })).toBe(4);
    for (const bad of ["0", "-1", "2.5", "ten", "201"]) {
      expect(() => databasePoolSize({ DATABASE_POOL_SIZE: bad }), bad).toThrow(/DATABASE_POOL_SIZE: DATABASE_POOL_SIZE must be/);
      expect(() => parseEnv({ DATABASE_URL: URL, DATABASE_POOL_SIZE: bad }), bad).toThrow(/DATABASE_POOL_SIZE/);
    }
  });

  it("warms Today every 60 s by default; 0 turns it off; a bad value is named", () => {
    expect(parseEnv({ DATABASE_URL: URL }).TODAY_WARM_SECONDS).toBe(60);
    expect(parseEnv({ DATABASE_URL: URL, TODAY_WARM_SECONDS: "" }).TODAY_WARM_SECONDS).toBe(60);
    expect(parseEnv({ DATABASE_URL: URL, TODAY_WARM_SECONDS: "0" }).TODAY_WARM_SECONDS).toBe(0);
    expect(parseEnv({ DATABASE_URL: URL, TODAY_WARM_SECONDS: "300" }).TODAY_WARM_SECONDS).toBe(300);
    for (const bad of ["-1", "1.5", "often"]) expect(() => parseEnv({ DATABASE_URL: URL, TODAY_WARM_SECONDS: bad }), bad).toThrow(/TODAY_WARM_SECONDS/);
  });

  it("takes an optional read replica URL; blank is unset", () => {
    expect(parseEnv({ DATABASE_URL: URL }).DATABASE_READ_URL).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: URL, DATABASE_READ_URL: "" }).DATABASE_READ_URL).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: URL, DATABASE_READ_URL: "postgresql://r@replica:5432/tracer" }).DATABASE_READ_URL).toBe("postgresql://r@replica:5432/tracer");
    expect(() => parseEnv({ DATABASE_URL: URL, DATABASE_READ_URL: "replica" })).toThrow(/DATABASE_READ_URL: DATABASE_READ_URL must be a postgresql:\/\/ URL/);
  });

  it("accepts a server-action key that is a base64 AES key and names any other", () => {
    const key = Buffer.alloc(32, 7).toString("base64");
    expect(parseEnv({ DATABASE_URL: URL, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key }).NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toBe(key);
    for (const bad of ["secret", Buffer.alloc(20, 1).toString("base64"), "not base64 at all!"]) {
      expect(() => parseEnv({ DATABASE_URL: URL, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: bad }), bad).toThrow(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: .*openssl rand -base64 32/);
    }
  });
});

