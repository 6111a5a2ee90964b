#!/usr/bin/env bash
# Install what an optional target needs beyond gcc and make, from Debian's
# packages (as root, as CI runs): `tests/install-deps.sh clang` for the
# libFuzzer target of `make fuzz-run`.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 PACKAGE..." >&2; exit 2; }
if [ "$(id -u)" -ne 0 ]; then
	echo "$0: installing $* needs root (apt-get install $*)" >&2
	exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
