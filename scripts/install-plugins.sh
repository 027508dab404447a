#!/usr/bin/env bash
# Installs the code generators of the non-TypeScript languages, at pinned versions, from the
# package registries (Go proxy, PyPI, Maven Central, crates.io, Debian) into .build/plugins/.
# Idempotent: a step whose stamp names the same version is skipped. Usage:
#   scripts/install-plugins.sh            # everything
#   scripts/install-plugins.sh go python  # only some steps (go python maven rust apt)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

# --- pinned versions (change here, then `npm run generate` and commit gen/) ---
PROTOC_GEN_GO=v1.36.12          # google.golang.org/protobuf/cmd/protoc-gen-go
PROTOC_GEN_CONNECT_GO=v1.21.1   # connectrpc.com/connect/cmd/protoc-gen-connect-go
PROTOC_GEN_GO_GRPC=v1.6.2       # google.golang.org/grpc/cmd/protoc-gen-go-grpc
GRPCIO_TOOLS=1.76.0             # PyPI: bundles protoc + the gRPC Python generator
PROTOC=4.33.1                   # Maven Central com.google.protobuf:protoc (protobuf v33.1)
GRPC_JAVA=1.76.0                # Maven Central io.grpc:protoc-gen-grpc-java
PROTOC_GEN_PROST=0.5.0          # crates.io
PROTOC_GEN_TONIC=0.5.0          # crates.io
# Debian bookworm: protobuf-compiler 3.21.12 + protobuf-compiler-grpc 1.51.1 (C++ must use the
# protoc that matches the system libprotobuf it links with).
APT_PACKAGES=(protobuf-compiler protobuf-compiler-grpc libgrpc++-dev libprotobuf-dev libssl-dev pkg-config)

PLUGINS=$ROOT/.build/plugins
BIN=$PLUGINS/bin
STAMPS=$PLUGINS/stamps
mkdir -p "$BIN" "$STAMPS"

# done_already STEP VERSION: true when STEP was installed at VERSION.
done_already() { [[ -f $STAMPS/$1 && "$(cat "$STAMPS/$1")" == "$2" ]]; }
mark_done() { echo "$2" > "$STAMPS/$1"; }
log() { echo "install-plugins: $*" >&2; }

step_go() {
  local v="$PROTOC_GEN_GO $PROTOC_GEN_CONNECT_GO $PROTOC_GEN_GO_GRPC"
  done_already go "$v" && return
  log "go plugins ($v)"
  GOBIN=$BIN GOFLAGS=-mod=mod go install "google.golang.org/protobuf/cmd/protoc-gen-go@$PROTOC_GEN_GO"
  GOBIN=$BIN GOFLAGS=-mod=mod go install "connectrpc.com/connect/cmd/protoc-gen-connect-go@$PROTOC_GEN_CONNECT_GO"
  GOBIN=$BIN GOFLAGS=-mod=mod go install "google.golang.org/grpc/cmd/protoc-gen-go-grpc@$PROTOC_GEN_GO_GRPC"
  mark_done go "$v"
}

step_python() {
  done_already python "$GRPCIO_TOOLS+adapter" && return
  log "python: grpcio-tools $GRPCIO_TOOLS"
  python3 -m venv "$PLUGINS/venv"
  "$PLUGINS/venv/bin/pip" install -q --disable-pip-version-check "grpcio-tools==$GRPCIO_TOOLS" "grpcio==$GRPCIO_TOOLS"
  # buf runs protoc builtins through a `protoc` binary; this one is grpcio-tools', which knows
  # the python, pyi and grpc_python generators.
  cat > "$BIN/protoc-grpcio-tools" <<WRAP
#!/bin/sh
exec "$PLUGINS/venv/bin/python" -m grpc_tools.protoc "\$@"
WRAP
  # ... except grpc_python, which exists only inside that protoc: an adapter makes it a plugin.
  cat > "$BIN/protoc-gen-grpc_python" <<WRAP
#!/bin/sh
exec "$PLUGINS/venv/bin/python" "$ROOT/scripts/plugins/protoc-gen-grpc-python.py" "\$@"
WRAP
  chmod +x "$BIN/protoc-grpcio-tools" "$BIN/protoc-gen-grpc_python"
  mark_done python "$GRPCIO_TOOLS+adapter"
}

step_maven() {
  local v="$PROTOC $GRPC_JAVA"
  done_already maven "$v" && return
  log "maven: protoc $PROTOC, protoc-gen-grpc-java $GRPC_JAVA"
  mvn -q -B dependency:copy -Dmdep.stripVersion=true -Dmdep.stripClassifier=true -DoutputDirectory="$BIN" \
    -Dartifact="com.google.protobuf:protoc:$PROTOC:exe:linux-x86_64"
  mvn -q -B dependency:copy -Dmdep.stripVersion=true -Dmdep.stripClassifier=true -DoutputDirectory="$BIN" \
    -Dartifact="io.grpc:protoc-gen-grpc-java:$GRPC_JAVA:exe:linux-x86_64"
  mv -f "$BIN/protoc.exe" "$BIN/protoc"
  mv -f "$BIN/protoc-gen-grpc-java.exe" "$BIN/protoc-gen-grpc-java"
  chmod +x "$BIN/protoc" "$BIN/protoc-gen-grpc-java"
  mark_done maven "$v"
}

step_rust() {
  local v="$PROTOC_GEN_PROST $PROTOC_GEN_TONIC"
  done_already rust "$v" && return
  log "rust: protoc-gen-prost $PROTOC_GEN_PROST, protoc-gen-tonic $PROTOC_GEN_TONIC"
  cargo install -q --locked --root "$PLUGINS" "protoc-gen-prost@$PROTOC_GEN_PROST" "protoc-gen-tonic@$PROTOC_GEN_TONIC"
  mark_done rust "$v"
}

step_apt() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if ((${#missing[@]})); then
    log "apt: ${missing[*]}"
    local sudo=""; [[ $(id -u) == 0 ]] || sudo=sudo
    $sudo apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}" >/dev/null
  fi
}

steps=("$@")
((${#steps[@]})) || steps=(apt go python maven rust)
for s in "${steps[@]}"; do "step_$s"; done
log "ready in $BIN"
