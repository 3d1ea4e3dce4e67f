#!/usr/bin/env bash
# The service's throughput with one and two workers: a host per run (SQLite, fresh data directory) reads one warm-up file,
# then the files dropped into its watch folder at once; wall time until all are stored, CPU time per file, load average.
# Default files: the first ten images of out/corpus (tools/corpus/prepare.py; --count N for more). Options: scripts/service_throughput.py --help.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f src/DocIngest.Web/bin/Release/net10.0/DocIngest.Web.dll ] || dotnet build DocIngest.sln -c Release -nologo -v quiet
exec python3 scripts/service_throughput.py "$@"
