#!/usr/bin/env bash
# Installs what govdoc needs to build on Debian/Ubuntu: the C libraries it links.
set -euo pipefail
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
if ! dpkg -s libxml2-dev libzip-dev pkg-config >/dev/null 2>&1; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq libxml2-dev libzip-dev pkg-config >/dev/null
fi
