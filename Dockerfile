# Rolecall follows its own advice: a small image, a non-root user, and a read-only root filesystem.
# The image holds only what runs: apps and libraries compiled without specs, test helpers, fixtures,
# the AWS simulator, the demo or the benchmark (tsconfig.build.json), and production dependencies.
FROM node:24-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY nest-cli.json tsconfig.json tsconfig.build.json ./
COPY apps apps
COPY libs libs
RUN npx nest build --path tsconfig.build.json && npm prune --omit=dev

FROM gcr.io/distroless/nodejs24-debian12:nonroot
WORKDIR /app
# HOME is the nonroot user's (uid 65532): docker-compose mounts ~/.aws there, read-only.
ENV NODE_ENV=production ROLECALL_DATA_DIR=/data HOME=/home/nonroot
COPY --from=build /src/node_modules node_modules
COPY --from=build /src/dist dist
COPY --from=build /src/package.json package.json
# uid 65532 (nonroot); nothing is written outside /data, which only the PGlite default uses.
USER 65532:65532
EXPOSE 8080
CMD ["dist/apps/api/src/main.js"]
