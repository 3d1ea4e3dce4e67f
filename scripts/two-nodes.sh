#!/usr/bin/env bash
# Two DocIngest nodes on one PostgreSQL database (a throwaway cluster under /tmp, Debian's postgresql), sharing one
# watch folder and one data directory; node A is killed with SIGKILL mid-file and node B must finish its job; every
# file processed once. Prints the figures; non-zero exit on any breach. Options: scripts/two_nodes.py --help.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f src/DocIngest.Web/bin/Release/net10.0/DocIngest.Web.dll ] || dotnet build DocIngest.sln -c Release -nologo -v quiet
exec python3 scripts/two_nodes.py "$@"
