#!/bin/sh
# Installs the system tools argmap's demo and tests need, when they are missing:
# Graphviz (`dot`) for diagrams; with the argument `browser`, also Chromium
# (Debian's package, at /usr/bin/chromium) for the browser tests. Uses apt-get
# when run as root on Debian/Ubuntu; otherwise says what to install and fails.
set -eu

missing=""
command -v dot >/dev/null 2>&1 || missing="$missing graphviz"
if [ "${1:-}" = "browser" ]; then
  [ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
fi

[ -z "$missing" ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing system packages:$missing"
  apt-get update -qq >/dev/null
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  exit 0
fi

echo "error: missing system packages:$missing" >&2
echo "install them (Debian/Ubuntu: sudo apt-get install$missing) and run make again" >&2
exit 1
