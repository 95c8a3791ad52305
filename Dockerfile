# syntax=docker/dockerfile:1
# One image for the gateway and the four subgraphs; docker-compose.yml and deploy/k8s pick the process by command.
# It holds only what production runs: the compiled gateway and subgraphs, schema/, and the production dependencies
# of exactly those workspaces (no tools/, no embedded engine, no seed data, no IDE assets), run as a non-root user.
# CI checks that dependency list without Docker: npm run check:production-deps (tools/release-checks).

ARG NODE_VERSION=20.20

# --- manifests: package.json of the root and of every workspace, wherever they are, plus the lock ---
FROM node:${NODE_VERSION}-bookworm-slim AS manifests
WORKDIR /src
COPY . .
# Derived from the root's "workspaces", so a new workspace can never be forgotten here.
RUN node -e "const fs = require('fs'), path = require('path'); \
  const files = ['package.json', 'package-lock.json', ...require('./package.json').workspaces.map((w) => path.join(w, 'package.json'))]; \
  for (const f of files) { fs.mkdirSync(path.dirname(path.join('/manifests', f)), { recursive: true }); fs.copyFileSync(f, path.join('/manifests', f)); }"

# --- build: every dependency (the dependency layer is reused until a manifest changes), then compile ---
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY --from=manifests /manifests/ ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY . .
RUN npx tsc -b gateway services/organizations services/facilities services/funding services/evaluation \
 && rm -rf gateway/dist/test services/*/dist/test \
 && find . -name '*.tsbuildinfo' -not -path './node_modules/*' -delete

# --- production dependencies of the production workspaces only ---
FROM node:${NODE_VERSION}-bookworm-slim AS production
WORKDIR /app
COPY --from=manifests /manifests/ ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts \
      --workspace=gateway \
      --workspace=services/organizations \
      --workspace=services/facilities \
      --workspace=services/funding \
      --workspace=services/evaluation \
 && npm cache clean --force
COPY --from=build /app/schema schema
COPY --from=build /app/gateway/dist gateway/dist
COPY --from=build /app/services services-built
# Only the compiled output of each service (services/kit and, once it exists, services/domain included).
RUN for dir in services-built/*/; do \
      name=$(basename "$dir"); mkdir -p "services/$name"; \
      if [ -d "$dir/dist" ]; then cp -r "$dir/dist" "services/$name/dist"; fi; \
    done \
 && rm -rf services-built \
 # Workspaces that are not installed leave only their package.json: drop them, so no link or folder is left over.
 && rm -rf tools

# --- runtime ---
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    APOLLO_TELEMETRY_DISABLED=true
WORKDIR /app
COPY --from=production --chown=root:root /app /app
# The files belong to root and are read-only to the process, which runs as the image's unprivileged user.
USER node
EXPOSE 4000 4001 4002 4003 4004
CMD ["node", "gateway/dist/src/main.js"]
