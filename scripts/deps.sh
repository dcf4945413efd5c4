#!/usr/bin/env bash
# The Debian packages Hitome needs to build, test and run. Sourced by
# scripts/run and scripts/test: installs what is missing (as root), or
# prints the one command to run.
set -euo pipefail

HITOME_PACKAGES=(
  cmake ninja-build g++ pkg-config ccache
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-svg-dev libqt6opengl6-dev libgl-dev libxkbcommon-dev
  libsqlite3-dev nlohmann-json3-dev libyaml-cpp-dev libre2-dev libarchive-dev zlib1g-dev
  xvfb poppler-utils python3-evtx libevtx-utils xauth fonts-ipafont-gothic fonts-dejavu-core
)

hitome_missing_packages() {
  local missing=()
  for p in "${HITOME_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  echo "${missing[@]:-}"
}

hitome_install_deps() {
  local missing
  missing=$(hitome_missing_packages)
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing Debian packages: $missing" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >&2
  else
    echo "Hitome needs these Debian packages. Run:" >&2
    echo "  sudo apt-get install $missing" >&2
    exit 1
  fi
}

hitome_build() {
  local root build
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  build="$root/build"
  local werror=OFF
  [ "${CI:-}" = "true" ] && werror=ON
  if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DHITOME_WERROR=$werror >&2
  fi
  cmake --build "$build" -j"$(nproc)" >&2
}
