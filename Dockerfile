# syntax=docker/dockerfile:1
# Tracer production image.
#   docker compose up --build        (see docker-compose.yml)
# Stages: deps (npm ci) -> build (standalone Next.js build) -> prod-deps (dev deps pruned)
# -> runtime. At start the runtime runs the setup (migrations, reference data, the first
# administrator; skipped with TRACER_SKIP_SETUP=1), then serves; `setup` as the command runs
# only the setup. One image is one build: every replica started from it shares its
# server-action ids and key (docs/decisions/0006-several-instances.md). Nothing is downloaded
# at run time.

FROM node:20-bookworm-slim AS base
ENV NEXT_TELEMETRY_DISABLED=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
WORKDIR /app

# --- deps: every dependency; `postinstall` generates the Prisma client into lib/generated ---
FROM base AS deps
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci

# --- build: standalone server in .next/standalone ------------------------------------------
FROM base AS build
COPY --from=deps /app/node_modules ./node_modules
COPY . .
COPY --from=deps /app/lib/generated ./lib/generated
# `public/` is optional in this repo; make sure it exists so the runtime COPY never fails.
RUN mkdir -p public \
 && NEXT_OUTPUT=standalone npm run build

# --- prod-deps: runtime node_modules (prisma CLI for migrate deploy, tsx for the seed) ----
FROM deps AS prod-deps
RUN npm prune --omit=dev

# --- runtime -----------------------------------------------------------------------------
FROM base AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    HOSTNAME=0.0.0.0
# Full production node_modules first: `prisma migrate deploy` and `tsx prisma/seed.ts` need
# more than the standalone server's traced subset (same versions, so the overlay is safe).
COPY --from=prod-deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
# Setup (scripts/setup.ts): schema + migrations (also read by /api/ready), the Prisma config,
# and the sources the setup imports (lib/, including the generated client; tsconfig.json for
# the "@/" paths).
COPY --from=build --chown=node:node /app/package.json /app/tsconfig.json /app/prisma.config.ts ./
COPY --from=build --chown=node:node /app/prisma ./prisma
COPY --from=build --chown=node:node /app/lib ./lib
COPY --from=build --chown=node:node /app/scripts/docker-entrypoint.sh /app/scripts/setup.ts /app/scripts/supervisor.ts /app/scripts/process-guard.cjs ./scripts/
USER node
EXPOSE 3000
# Liveness without the database; readiness (/api/ready) is for the load balancer.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/bin/sh", "/app/scripts/docker-entrypoint.sh"]
CMD ["node", "server.js"]
