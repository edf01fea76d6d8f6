#!/usr/bin/env bash
# Installs what the browser tests of the HTML briefing page need (Tests/NewsGraphCLITests/Browser):
# Debian's headless Chromium and its WebDriver, and Python's selenium to drive them. Called by
# install-dependencies.sh; does nothing for what is already there.
set -euo pipefail

packages=(chromium chromium-driver)

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! python3 -c "import selenium" 2>/dev/null; then
  python3 -m pip install --quiet --disable-pip-version-check selenium 2>/dev/null \
    || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages selenium
fi
