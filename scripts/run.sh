#!/usr/bin/env bash
# Sets everything up and runs the main job on the embedded default: the DocIngest service (SQLite in ./data,
# watch folder ./inbox, http://127.0.0.1:5000) with the bundled sample scans dropped into its inbox.
# Waits until every sample is read and prints what came out; then keeps serving when run from a terminal
# (Ctrl+C stops it), or stops when not (CI, scripts). --serve / --once force either.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=auto
case "${1:-}" in --serve) mode=serve ;; --once) mode=once ;; "") ;; *) echo "usage: scripts/run.sh [--serve|--once]" >&2; exit 2 ;; esac
[ "$mode" = auto ] && { [ -t 0 ] && mode=serve || mode=once; }

scripts/setup.sh

url="${ASPNETCORE_URLS:-http://127.0.0.1:5000}"
mkdir -p data inbox/samples
# The first administrator: DOCINGEST_ADMIN_PASSWORD, else a generated password kept (owner-only) in data/.
password_file=data/initial-admin-password
if [ -n "${DOCINGEST_ADMIN_PASSWORD:-}" ]; then password="$DOCINGEST_ADMIN_PASSWORD"
elif [ -f "$password_file" ]; then password=$(cat "$password_file")
else
  # Identity wants a digit and a lower-case letter: random base64 alone lacks a digit about one time in sixteen.
  letters=abcdefghijklmnopqrstuvwxyz
  password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=' | cut -c1-14)$(( $(od -An -N1 -tu1 /dev/urandom) % 10 ))${letters:$(( $(od -An -N1 -tu1 /dev/urandom) % 26 )):1}"
  (umask 077; echo "$password" > "$password_file")
fi

export DocIngest__Admin__User=admin DocIngest__Admin__Password="$password" ASPNETCORE_URLS="$url"
export Logging__LogLevel__Default=Warning Logging__LogLevel__DocIngest=Information
dotnet src/DocIngest.Web/bin/Release/net10.0/DocIngest.Web.dll --contentRoot "$PWD" &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null' EXIT INT TERM

api() { curl -sf -u "admin:$password" "$url$1"; }
for _ in $(seq 1 60); do api /health >/dev/null 2>&1 && break; sleep 1; done
api /health >/dev/null || { echo "run: the service did not start" >&2; exit 1; }

samples=$(find sample-docs -maxdepth 1 -type f ! -name '*.json' ! -name '*.md' | sort)
count=$(echo "$samples" | wc -l)
# Copy, as a user would; the service takes each file once its size stops changing and archives it by hash.
for f in $samples; do cp "$f" inbox/samples/; done
echo "run: $count sample scans copied to inbox/samples; reading them (a few minutes on 2 cores)"

summary() {
  api "/api/documents?take=500" | python3 -c '
import json, sys
docs = json.load(sys.stdin)
done = [d for d in docs if d["status"] in ("Succeeded", "NeedsReview", "Failed")]
print(len(done), len(docs))
for d in docs:
    parts = ", ".join(p["kind"] + (" " + str(p["fiscalYear"]) if p.get("fiscalYear") else "") for p in d["documents"])
    print("  %-32s %-11s %3d pages  %s" % (d["fileName"], d["status"], d["pageCount"], parts), file=sys.stderr)
'
}
for _ in $(seq 1 180); do
  read -r done total < <(summary 2>/dev/null)
  [ "${total:-0}" -ge "$count" ] && [ "$done" -ge "$total" ] && break
  sleep 5
done
summary >/dev/null
measures=$(api "/api/measures?take=500" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
echo "run: $measures measures stored; try: curl -u admin:... '$url/api/measures?q=จัดซื้อจัดจ้าง'"
echo "run: UI at $url  (user admin, password in $password_file or DOCINGEST_ADMIN_PASSWORD)"

if [ "$mode" = serve ]; then
  echo "run: serving; drop more scans into inbox/ (Ctrl+C stops)"
  wait $service
fi
