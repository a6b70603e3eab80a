# maestro-cars, the CARS service. Build: docker build -t maestro-cars .   Run: docker compose up -d
# Stage 1 builds the binary; stage 2 is a slim runtime with Python + pytest (the projects' test command), git
# (auto_commit) and a non-root user.
FROM rust:1-slim-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked -p maestro-cars --bin maestro-cars

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl git python3 python3-venv \
 && rm -rf /var/lib/apt/lists/* \
 && python3 -m venv /opt/venv \
 && /opt/venv/bin/pip install --no-cache-dir "pytest==8.3.4" "pytest-timeout==2.3.1" \
 && useradd --create-home --uid 10001 cars \
 && mkdir -p /data /projects && chown cars:cars /data /projects
COPY --from=build /src/target/release/maestro-cars /usr/local/bin/maestro-cars
ENV PATH=/opt/venv/bin:$PATH \
    SERVICE_HOST=0.0.0.0 \
    SERVICE_PORT=8003 \
    CARS_DATA_DIR=/data \
    CARS_ALLOWED_ROOTS=/projects
USER cars
WORKDIR /home/cars
EXPOSE 8003
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${SERVICE_PORT}/health" || exit 1
ENTRYPOINT ["/usr/local/bin/maestro-cars"]
