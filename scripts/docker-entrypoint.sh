#!/bin/sh
# Container start (Dockerfile runtime stage): apply migrations, seed reference data and the
# first administrator (ADMIN_USERNAME / ADMIN_PASSWORD, only while none exists), then run
# the server. `npx --no` only runs the locally installed binaries and never downloads.
set -eu
cd /app

if [ -z "${DATABASE_URL:-}" ]; then
  echo "DATABASE_URL is not set: point it at the PostgreSQL database Tracer should use." >&2
  exit 1
fi
if [ -z "${NEXTAUTH_SECRET:-}" ]; then
  echo "NEXTAUTH_SECRET is not set: set it to a random string of at least 32 characters (openssl rand -base64 32)." >&2
  exit 1
fi

echo "Applying database migrations…"
npx --no prisma migrate deploy

echo "Seeding reference data…"
npx --no tsx prisma/seed.ts

# Hand PID 1 to the server (or to a command given to `docker run`).
exec "$@"
