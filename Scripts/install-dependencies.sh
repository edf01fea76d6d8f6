#!/usr/bin/env bash
# Installs what NewsGraph needs on Debian/Ubuntu: Graphviz's C library (rendering), ICU and the
# Snowball stemmers (text analysis), zlib (.gz inputs), DejaVu fonts (diagrams); and, for the tests, the tools that
# read our exports back: xmllint, Graphviz's dot, NetworkX, igraph and jsonschema.
# With --spark, also what the Spark example and its check need (Scripts/install-spark.sh).
set -euo pipefail

packages=(libgraphviz-dev graphviz libicu-dev libstemmer-dev zlib1g-dev fonts-dejavu-core libxml2-utils pkg-config python3 python3-pip)

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

# Python readers used by the interoperability tests.
if ! python3 -c "import networkx, igraph, jsonschema" 2>/dev/null; then
  python3 -m pip install --quiet --disable-pip-version-check networkx igraph jsonschema 2>/dev/null \
    || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages networkx igraph jsonschema
fi

# Headless Chromium, its driver and Selenium, for the briefing page's browser tests.
"$(dirname "$0")/install-browser-tools.sh"
if [ "${1:-}" = "--spark" ]; then
  "$(dirname "$0")/install-spark.sh"
fi
