#!/usr/bin/env bash
# Debian's Chromium and ChromeDriver for the web page's browser test (tests/serve/test_page.py).
# The test drives them with Selenium and never downloads a browser. Needs root (or sudo) and apt;
# elsewhere it says what to install and the browser test skips with that reason.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if command -v apt-get >/dev/null && { [ -z "$SUDO" ] || sudo -n true 2>/dev/null; }; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
  echo "install_browser: Debian chromium and chromium-driver installed"
else
  echo "install_browser: install Debian's 'chromium' and 'chromium-driver' packages to run the browser test" >&2
fi
