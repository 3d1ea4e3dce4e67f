#!/usr/bin/env bash
# The soak test of issue 18 in one command: 200 files dropped at once into the real service (SQLite), killed with
# SIGKILL five times at random moments, its disk (a small tmpfs) filled once; then every good file must be stored
# exactly once with a quiet run's result, every bad one quarantined with its reason, nothing outside the watch
# folder touched, PRAGMA integrity_check ok. Prints the figures; non-zero exit on any breach. Needs root (tmpfs),
# poppler-utils and ../shared/corpus. Options: scripts/soak.py --help (--seed N repeats a run's random moments).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f src/DocIngest.Web/bin/Release/net10.0/DocIngest.Web.dll ] || dotnet build DocIngest.sln -c Release -nologo -v quiet
exec python3 scripts/soak.py "$@"
