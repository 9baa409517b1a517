#!/bin/sh
# Installs the reference Argdown implementation (@argdown/cli, the version pinned in
# .node/package-lock.json) into .node/node_modules, for the tests that compare
# argmap's Argdown reader with it. Never installs anything globally. Needs node and
# npm: installed with apt-get when run as root on Debian/Ubuntu; otherwise says
# what to install and fails.
set -eu

cd "$(dirname "$0")/../.node"
[ -x node_modules/.bin/argdown ] && [ node_modules/.package-lock.json -nt package-lock.json ] && exit 0

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing system packages: nodejs npm"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  else
    echo "error: node and npm are needed to check argmap's Argdown reader against @argdown/cli" >&2
    echo "install them (Debian/Ubuntu: sudo apt-get install nodejs npm) and run make again" >&2
    exit 1
  fi
fi

echo "installing @argdown/cli into .node/ (npm ci)"
npm ci --no-audit --no-fund --loglevel=error >/dev/null
