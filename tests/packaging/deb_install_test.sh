#!/bin/sh
# Builds the Debian package with `cpack -G DEB` in the build tree, checks its control fields
# and run-time dependencies, unpacks it with `dpkg -x` into a scratch root, checks every file
# the package must install, and runs the unpacked orcli (LD_LIBRARY_PATH unset, so only the
# system's libraries and what the package carries can be used).
#
# usage: deb_install_test.sh BUILD_DIR APP_ID VERSION [CPACK]
set -eu
build=$1
app_id=$2
version=$3
cpack=${4:-cpack}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

fail() {
    echo "deb_install_test: $*" >&2
    exit 1
}

# cpack builds the "preinstall" target first, so the package holds the current binaries.
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB failed"
fi
set -- "$work"/out/*.deb
[ $# -eq 1 ] && [ -f "$1" ] || fail "expected one .deb in $work/out, found: $*"
deb=$1
echo "package: $(basename "$deb") ($(wc -c <"$deb") bytes)"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = orstudio ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] ||
    fail "Architecture is '$(field Architecture)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Description)" ] || fail "no Description"

depends=$(field Depends)
echo "Depends: $depends"
# From dpkg-shlibdeps (the linked libraries) and from the hand-written list (what Qt and
# QtKeychain load at run time, which shlibdeps cannot see).
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 \
    libqt6sql6 libqt6keychain1 libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libsecret-1-0 \
    ca-certificates; do
    printf '%s\n' "$depends" | tr ',' '\n' | sed 's/^ *//; s/ .*//; s/|.*//' |
        grep -qx "$package" || fail "Depends lacks $package"
done
printf '%s\n' "$depends" | grep -q 'libqt6core6 (>=' || fail "libqt6core6 has no minimum version"
field Recommends | grep -q gnome-keyring || fail "Recommends lacks gnome-keyring"

root=$work/root
dpkg -x "$deb" "$root"
for file in \
    usr/bin/orstudio \
    usr/bin/orcli \
    "usr/share/applications/$app_id.desktop" \
    "usr/share/metainfo/$app_id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    usr/share/man/man1/orcli.1 \
    usr/share/bash-completion/completions/orcli \
    usr/share/zsh/vendor-completions/_orcli \
    usr/share/fish/vendor_completions.d/orcli.fish \
    usr/share/orcli/SKILL.md; do
    [ -s "$root/$file" ] || fail "the package does not install $file"
done
[ -x "$root/usr/bin/orstudio" ] && [ -x "$root/usr/bin/orcli" ] || fail "binaries not executable"
# Nothing may point back into the build tree.
if readelf -d "$root/usr/bin/orcli" "$root/usr/bin/orstudio" | grep -E 'R(UN)?PATH' |
    grep -q "$build"; then
    fail "an installed binary has an RPATH into the build tree"
fi
if env -u LD_LIBRARY_PATH ldd "$root/usr/bin/orcli" "$root/usr/bin/orstudio" | grep -q 'not found'; then
    env -u LD_LIBRARY_PATH ldd "$root/usr/bin/orcli" "$root/usr/bin/orstudio" | grep 'not found' >&2
    fail "unresolved libraries"
fi
grep -q "Exec=orstudio" "$root/usr/share/applications/$app_id.desktop" || fail "desktop Exec"

out=$(cd "$work" && env -u LD_LIBRARY_PATH HOME="$work" "$root/usr/bin/orcli" --version 2>&1) ||
    fail "unpacked orcli --version failed: $out"
echo "orcli --version: $out"
printf '%s\n' "$out" | grep -q "$version" || fail "orcli --version does not print $version"
echo "deb_install_test: ok"
