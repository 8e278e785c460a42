#!/usr/bin/env bash
# Prints the path of a Chromium for Playwright, installing Debian's package when running as root.
set -uo pipefail
for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Chromium not found: installing Debian's chromium package…" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2 || true
  if [ -x /usr/bin/chromium ]; then echo /usr/bin/chromium; exit 0; fi
fi
# Not root: try Playwright's own browser, where it can be downloaded.
if npx --no-install playwright install chromium >&2 2>&1; then
  found=$(ls -d "$HOME"/.cache/ms-playwright/chromium-*/chrome-linux*/chrome 2>/dev/null | head -n 1)
  if [ -n "$found" ]; then echo "$found"; exit 0; fi
fi
cat >&2 <<'MSG'
No Chromium is available for the end-to-end tests.
Install Debian's package as root:   apt-get update && apt-get install -y chromium
or point CHROMIUM_PATH at a Chromium or Chrome binary, then run the tests again.
MSG
exit 1
