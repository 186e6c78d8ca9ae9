#!/usr/bin/env bash
# The official Python SDK against the demo portal: makes a virtual environment under
# target/, installs tests/sdk/requirements.txt, starts `docspace-people serve-demo` on a
# free loopback port, runs tests/sdk/run.py against it and stops it.
#
# Skips (exit 0, with a message) when python3, its venv module or the package index is
# not available; fails when a check of run.py fails.
set -euo pipefail
cd "$(dirname "$0")/../.."

skip() {
  echo "tests/sdk: skipped: $*"
  exit 0
}

command -v python3 >/dev/null 2>&1 || skip "python3 is not installed"

venv=target/sdk-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv" >/dev/null 2>&1 || {
    rm -rf "$venv"
    skip "python3 cannot make a virtual environment (install python3-venv)"
  }
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
  -r tests/sdk/requirements.txt ||
  skip "the SDK could not be installed (is the package index reachable?)"

cargo build --quiet --bin docspace-people
bin=target/debug/docspace-people

token="sk-sdk-$("$venv/bin/python" -c 'import secrets; print(secrets.token_hex(16))')"
out="$(mktemp)"
DOCSPACE_DEMO_TOKEN="$token" "$bin" serve-demo --listen 127.0.0.1:0 --users 120 >"$out" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$out"' EXIT

url=""
for _ in $(seq 1 100); do
  url="$(sed -n 's/^Demo DocSpace portal listening on \(http:[^ ]*\).*/\1/p' "$out" | head -n 1)"
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$out"; echo "tests/sdk: the demo portal did not start"; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { cat "$out"; echo "tests/sdk: the demo portal gave no address"; exit 1; }
echo "tests/sdk: docspace-api-sdk against the demo portal at $url"

DOCSPACE_URL="$url" DOCSPACE_TOKEN="$token" \
  DOCSPACE_LOGIN_EMAIL="owner@demo.docspace.local" DOCSPACE_LOGIN_PASSWORD="demo-password" \
  "$venv/bin/python" -W ignore::UserWarning tests/sdk/run.py
