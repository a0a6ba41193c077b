#!/bin/sh
# Installs the Debian packages Brokerbench needs to build, test, package and
# run, and only those that are missing (so a machine that has them all needs
# no network). Works on a minimal Debian 12 or Ubuntu 24.04.
set -eu
# Build: compiler, CMake with Ninja and ccache, Qt 6 (Charts needs the OpenGL
# development package, which is only "recommended" and so left out by
# --no-install-recommends), SQLite, and xkbcommon so Qt's CMake package finds
# everything it looks for; librdkafka (found with pkg-config) for the Kafka
# producer benchmark, and the codecs of Kafka's compressed batches; Qt HTTP
# Server (and the WebSockets module its CMake package requires) for the admin API.
build="cmake ninja-build ccache g++ qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools
 qt6-l10n-tools qt6-translations-l10n libsqlite3-dev libgl-dev libxkbcommon-dev pkgconf librdkafka-dev
 zlib1g-dev libsnappy-dev liblz4-dev libzstd-dev qt6-httpserver-dev qt6-websockets-dev"
# Run: the Qt platform plugins (xcb, wayland, offscreen).
run="qt6-qpa-plugins"
# Package and its test: dpkg-shlibdeps and file for CPack's Debian
# dependencies, the desktop entry and AppStream validators.
package="dpkg-dev file desktop-file-utils appstream"
# Test: real Kafka clients for the Kafka listener's tests.
test="kcat python3-confluent-kafka python3-kafka"
missing=""
for p in $build $run $package $test; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "Installing:$missing"
as_root=""
[ "$(id -u)" -eq 0 ] || as_root="sudo"
$as_root apt-get update
DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y --no-install-recommends $missing
