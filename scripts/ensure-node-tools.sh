#!/bin/sh
# Installs the JavaScript tools pinned in .node/package-lock.json into .node/node_modules
# with `npm ci`: the reference Argdown implementation (@argdown/cli), for the tests that
# compare argmap's Argdown reader with it, and eslint and prettier, which `make lint` runs
# on the pages' scripts and styles. Never installs anything globally, and runs no package's
# install scripts (none of these tools needs one). Needs node and npm: installed with
# apt-get when run as root on Debian/Ubuntu; otherwise says what to install and fails.
set -eu

cd "$(dirname "$0")/../.node"
up_to_date=yes
for tool in argdown eslint prettier; do
  [ -x "node_modules/.bin/$tool" ] || up_to_date=no
done
[ "$up_to_date" = yes ] && [ node_modules/.package-lock.json -nt package-lock.json ] && exit 0

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing system packages: nodejs npm"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  else
    echo "error: node and npm are needed for make lint (eslint, prettier) and to check" >&2
    echo "argmap's Argdown reader against @argdown/cli" >&2
    echo "install them (Debian/Ubuntu: sudo apt-get install nodejs npm) and run make again" >&2
    exit 1
  fi
fi

echo "installing @argdown/cli, eslint and prettier into .node/ (npm ci)"
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null
