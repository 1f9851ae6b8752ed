#!/usr/bin/env bash
# End-to-end tests drive Debian's Chromium (Playwright cannot download its own browser here).
# Installs the chromium package when /usr/bin/chromium is missing and we run as root; otherwise
# stops with a message that says what to do.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing at $CHROMIUM and this user cannot install it." >&2
  echo "Install it with: sudo apt-get install -y chromium   (or set CHROMIUM_PATH to a Chromium binary)" >&2
  exit 1
fi
echo "Installing Debian's chromium package for the end-to-end tests…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq chromium >/dev/null
"$CHROMIUM" --version >&2
