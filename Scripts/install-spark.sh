#!/usr/bin/env bash
# Installs what Examples/spark/newsgraph_spark.py needs on Debian/Ubuntu: a Java runtime (17, from
# Debian, if no Java 17 or later is there) and PySpark (pinned, from PyPI), and leaves
# `spark-submit` on PATH (a link in /usr/local/bin when pip put it elsewhere). Does nothing for
# what is already there. Run by .ci/run; see Examples/spark/README.md.
set -euo pipefail

PYSPARK_VERSION="3.5.7"

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

java_major() {
  command -v java >/dev/null 2>&1 || { echo 0; return; }
  # `openjdk version "17.0.15" 2025-04-15` → 17 (and "1.8.0_…" → 1)
  java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1
}

if [ "$(java_major)" -lt 17 ]; then
  echo "Installing openjdk-17-jre-headless" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi

installed=$(python3 -c "import pyspark; print(pyspark.__version__)" 2>/dev/null || true)
if [ "$installed" != "$PYSPARK_VERSION" ]; then
  echo "Installing pyspark==$PYSPARK_VERSION" >&2
  python3 -m pip install --quiet --disable-pip-version-check "pyspark==$PYSPARK_VERSION" 2>/dev/null \
    || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages "pyspark==$PYSPARK_VERSION"
fi

if ! command -v spark-submit >/dev/null 2>&1; then
  home=$(python3 -c "import os, pyspark; print(os.path.dirname(pyspark.__file__))")
  $sudo ln -sf "$home/bin/spark-submit" /usr/local/bin/spark-submit
fi
spark-submit --version >/dev/null 2>&1 || { echo "spark-submit does not start; see the messages of: spark-submit --version" >&2; exit 1; }
