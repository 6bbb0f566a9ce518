# Ruqsat as a container image, built from this repository (docs/deploy.md). Not built on the
# development machine (no Docker engine there); kept to plain steps so it stays right.
#
#   docker build -t ruqsat .
#   docker run -p 3000:3000 -e DATABASE_URL=postgres://ruqsat:…@haproxy:5000/ruqsat \
#     -e RUQSAT_ADMIN_PASSWORD=… -e RUQSAT_TRUST_ANCHORS=/certs/nca_rsa.cer,/certs/nca_gost.cer \
#     -e RUQSAT_PAYMENT_SECRET=… -e RUQSAT_PAYMENT_PAGE_URL=https://… -v /srv/certs:/certs:ro ruqsat
#
# NODE_ENV=production: start refuses the test PKI, the demo payment secret, the payment
# simulator and demo logins, naming each missing setting (src/config.ts, docs/signature.md).
# Without DATABASE_URL the embedded PostgreSQL keeps its data in the /data volume.

FROM node:22-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The web pages (Vite, a dev dependency), then only what runs: tsx runs the TypeScript.
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:22-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json /app/tsconfig.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/bin ./bin
COPY --from=build /app/src ./src
COPY --from=build /app/catalog ./catalog
COPY --from=build /app/web/dist ./web/dist
RUN mkdir -p /data && chown node:node /data
# The image's own unprivileged user (uid 1000); the embedded PostgreSQL refuses root anyway.
USER node
VOLUME /data
EXPOSE 3000
# Ready = the store answers (GET /readyz: 503 while the database is unreachable).
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/readyz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "bin/ruqsat.js", "serve"]
