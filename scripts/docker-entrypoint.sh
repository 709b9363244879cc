#!/bin/sh
# Container start (Dockerfile runtime stage).
#   <image> setup          the one-off setup of a release: migrations, reference data and the
#                          first administrator (ADMIN_USERNAME / ADMIN_PASSWORD, only while
#                          none exists), under a PostgreSQL advisory lock; then exits.
#   <image> [command]      the setup as above unless TRACER_SKIP_SETUP=1 (replicas, after a
#                          `setup` run), then the server (or the command given).
# See docs/decisions/0006-several-instances.md.
set -eu
cd /app

if [ -z "${DATABASE_URL:-}" ]; then
  echo "DATABASE_URL is not set: point it at the PostgreSQL database Tracer should use." >&2
  exit 1
fi

# `node --import tsx` runs the TypeScript setup in this process (tsx is a production
# dependency; nothing is downloaded).
if [ "${1:-}" = setup ]; then
  exec node --import tsx scripts/setup.ts
fi

if [ -z "${NEXTAUTH_SECRET:-}" ]; then
  echo "NEXTAUTH_SECRET is not set: set it to a random string of at least 32 characters (openssl rand -base64 32)." >&2
  exit 1
fi

if [ "${TRACER_SKIP_SETUP:-}" != 1 ]; then
  node --import tsx scripts/setup.ts
fi

# Hand PID 1 to the server (or to a command given to `docker run`).
exec "$@"
