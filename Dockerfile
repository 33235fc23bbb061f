# syntax=docker/dockerfile:1

# The web app, built with Node into the folder the jar serves it from.
FROM node:20-bookworm-slim AS web
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
RUN npm run build

# Build with the project's own Maven wrapper; the jar targets Java 17 and runs on any later JRE.
FROM eclipse-temurin:25-jdk-noble AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
# dependencies first, in their own layer: source edits do not download them again
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
COPY --from=web /src/target/classes/static/ target/classes/static/
# the web app is already built (above): no npm here
RUN ./mvnw -B -q package -DskipTests -DskipFrontend \
 && java -Djarmode=tools -jar target/readtrack.jar extract --layers --destination /extracted

FROM eclipse-temurin:25-jre-noble
RUN groupadd --system readtrack \
 && useradd --system --gid readtrack --uid 10001 --home-dir /app --no-create-home readtrack \
 && mkdir -p /data && chown readtrack:readtrack /data
WORKDIR /app
# least-changing layers first
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
COPY jvm.options ./
# JDK 25's AOT cache (JEP 483): the classes a start-up loads, parsed and linked once here, on this very
# JRE, then mapped by every start: less than half the start-up time (3.5 s instead of 7.5-9 s on the
# benchmark machine), the same resident memory. The training start-up stops once the application
# context is ready (Spring's onRefresh exit), on a throwaway database.
RUN READTRACK_DATA_DIR=/tmp/training java @jvm.options -XX:AOTCacheOutput=readtrack.aot \
        -Dspring.context.exit=onRefresh -jar readtrack.jar > /dev/null \
 && rm -rf /tmp/training
USER readtrack
# the SQLite database, the generated JWT key (unless PostgreSQL / READTRACK_JWT_SECRET are set) and uploaded images
VOLUME /data
# two malloc arenas instead of eight per core: the JVM manages its own memory, extra arenas only add RSS
ENV READTRACK_DATA_DIR=/data \
    PORT=8000 \
    MALLOC_ARENA_MAX=2
EXPOSE 8000
# bash alone, no curl in the image: ask the liveness probe
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${PORT} && printf "GET /actuator/health/liveness HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"UP\"" <&3'
# exec form: the JVM is PID 1 and receives SIGTERM, so shutdown is graceful
# jvm.options and the AOT cache: the settings the benchmark was measured with (see BENCHMARKS.md)
ENTRYPOINT ["java", "@jvm.options", "-XX:AOTCache=readtrack.aot", "-jar", "readtrack.jar"]
