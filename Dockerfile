# syntax=docker/dockerfile:1
# One image for the gateway and the four subgraphs; docker-compose.yml picks the process with `command`.

ARG NODE_VERSION=20.20

# --- build: install every dependency, compile the services, then drop what production does not need ---
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
# Manifests first, so the dependency layer is reused until a package.json or the lock changes.
COPY package.json package-lock.json ./
COPY tools/embedded-mongo/package.json tools/embedded-mongo/
COPY tools/seed/package.json tools/seed/
COPY tools/importers/package.json tools/importers/
COPY tools/launcher/package.json tools/launcher/
COPY services/kit/package.json services/kit/
COPY services/organizations/package.json services/organizations/
COPY services/facilities/package.json services/facilities/
COPY services/funding/package.json services/funding/
COPY services/evaluation/package.json services/evaluation/
COPY gateway/package.json gateway/
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.base.json tsconfig.json ./
COPY schema schema
COPY tools tools
COPY services services
COPY gateway gateway
RUN npx tsc -b gateway services/organizations services/facilities services/funding services/evaluation \
 && npm prune --omit=dev --no-audit --no-fund \
 && rm -rf tools/launcher */*/test */test */*/dist/test */dist/test \
 && find . -name '*.tsbuildinfo' -not -path './node_modules/*' -delete

# --- runtime: compiled code and production dependencies only, as an unprivileged user ---
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0
WORKDIR /app
COPY --from=build --chown=root:root /app /app
USER node
EXPOSE 4000 4001 4002 4003 4004
CMD ["node", "gateway/dist/src/main.js"]
