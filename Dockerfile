# syntax=docker/dockerfile:1
# Samplan's container image (decision 0044). Build from the repository's root:
#   docker build -t samplan .
# The build stage has every dependency and compiles the server and the web app; the runtime stage has Node 24, the
# production dependencies and the compiled files only, and runs as the image's non-root user.

FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# `prepare` would build before the sources are here; the build runs below, once they are.
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build

FROM node:24-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/var/lib/samplan \
    BACKUP_DIR=/var/backups/samplan \
    SEED_DEMO=false \
    SHUTDOWN_GRACE_SECONDS=20
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
# The embedded database's files (with DATABASE_URL set the directory stays empty), and the scheduled backups.
RUN mkdir -p /var/lib/samplan /var/backups/samplan && chown node:node /var/lib/samplan /var/backups/samplan
VOLUME ["/var/lib/samplan", "/var/backups/samplan"]
# The official image's unprivileged user (uid 1000).
USER node
EXPOSE 3000
# slim has no curl: Node asks /healthz itself, on the port the server listens on.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The server drains on SIGTERM: in-flight requests and the running job finish within SHUTDOWN_GRACE_SECONDS.
STOPSIGNAL SIGTERM
ENTRYPOINT ["node", "dist/cli/entry.js"]
CMD ["serve"]
