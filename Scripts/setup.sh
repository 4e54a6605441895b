#!/usr/bin/env bash
# Installs what govdoc needs to build on Debian/Ubuntu: the C libraries it links.
set -euo pipefail
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
if ! dpkg -s libxml2-dev libzip-dev libfontconfig-dev pkg-config >/dev/null 2>&1; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq libxml2-dev libzip-dev libfontconfig-dev pkg-config >/dev/null
fi
# The PDF preview (`govdoc export --pdf`, rendered by LibreOffice when it is installed) sets the
# declared 仿宋/黑体/楷体/小标宋 in free faces of the same kind when the office's fonts are
# missing (Templates/fonts/fontconfig.conf): FandolFang/FandolSong/FandolHei/FandolKai from
# texlive-lang-chinese, AR PL UKai, Noto CJK SC. All from Debian.
fonts=(fonts-noto-cjk fonts-arphic-ukai texlive-lang-chinese)
missing=()
for p in "${fonts[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# the Fandol directory is scanned with govdoc's configuration (it names the bold Song face for 小标宋)
fandol=/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol
if [ -d "$fandol" ] && command -v fc-cache >/dev/null; then
  $SUDO env FONTCONFIG_FILE="$(cd "$(dirname "$0")/.." && pwd)/Templates/fonts/fontconfig.conf" fc-cache -r "$fandol" >/dev/null || true
fi
