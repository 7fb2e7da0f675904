#!/usr/bin/env bash
# OR Studio set-up for a fresh Debian 12 (bookworm) machine.
#
#   packaging/setup.sh run    install what is needed, build, start OR Studio
#   packaging/setup.sh test   install what is needed, build, run every test (ctest)
#   packaging/setup.sh deps   only install the Debian packages
#   packaging/setup.sh build  install and build, nothing else
#
# Idempotent: packages already present are not downloaded again, and the build
# directory (default ./build, override with ORC_BUILD_DIR) is reused.
# Runs as root (CI) or as a normal user (then apt-get goes through sudo).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${ORC_BUILD_DIR:-$here/build}
build_type=${ORC_BUILD_TYPE:-RelWithDebInfo}
mode=${1:-}

packages=(
  # toolchain
  g++ cmake ninja-build pkg-config file dpkg-dev
  # Qt 6.4 and QtKeychain
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
  libqt6sql6-sqlite libqt6svg6 qt6-image-formats-plugins qt6-qpa-plugins
  libgl-dev libxkbcommon-dev
  # runtime pieces Qt loads by name
  libsecret-1-0 ca-certificates
  # GUI under Xvfb, keychain in a throwaway session, screenshots
  xvfb xauth dbus-daemon gnome-keyring
  # checks run by the tests: desktop file, AppStream, fuzzing, formatting
  desktop-file-utils appstream clang libclang-rt-14-dev clang-format
  # the Flatpak manifest check parses YAML
  python3 python3-yaml
  # bench compares against curl -N
  curl
  # the orcli completion tests run the zsh and fish scripts in their shells
  zsh fish
)

usage() {
  sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "setup.sh: need root to install packages; install sudo or run as root" >&2
    exit 1
  fi
}

install_deps() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    echo "setup.sh: all ${#packages[@]} Debian packages already installed"
    return
  fi
  echo "setup.sh: installing ${#missing[@]} Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -q
  as_root apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure_and_build() {
  cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" -DORC_WERROR=ON ${ORC_CMAKE_ARGS:-}
  cmake --build "$build_dir" --parallel "$(nproc)"
}

run_tests() {
  # A throwaway HOME and runtime dir keep tests away from the user's settings,
  # caches and keyring; an unlocked gnome-keyring in a private D-Bus session
  # gives QtKeychain a real Secret Service.
  local tmp
  tmp=$(mktemp -d)
  mkdir -p "$tmp/home" "$tmp/run"
  chmod 700 "$tmp/run"
  local status=0
  env HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" XDG_CONFIG_HOME="$tmp/home/.config" \
      XDG_DATA_HOME="$tmp/home/.local/share" XDG_CACHE_HOME="$tmp/home/.cache" \
      ORC_SHARED_DIR="${ORC_SHARED_DIR:-$here/../shared}" \
      ORC_EXPECT_SHELLS=1 \
    dbus-run-session -- sh -c '
      if echo orc-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; then
        export ORC_EXPECT_KEYCHAIN=1 # tst_keystore then demands a working Secret Service
      fi
      ctest --test-dir "$1" --output-on-failure --timeout 600 -j "$2"
    ' sh "$build_dir" "$(nproc)" || status=$?
  rm -rf "$tmp"
  return $status
}

case "$mode" in
  deps)  install_deps ;;
  build) install_deps; configure_and_build ;;
  test)  install_deps; configure_and_build; run_tests ;;
  run)
    install_deps; configure_and_build
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      echo "setup.sh: no display found; starting OR Studio under xvfb-run" >&2
      exec xvfb-run -a "$build_dir/app/orstudio/orstudio" "${@:2}"
    fi
    exec "$build_dir/app/orstudio/orstudio" "${@:2}"
    ;;
  *) usage ;;
esac
