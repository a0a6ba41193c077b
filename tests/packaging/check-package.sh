#!/bin/sh
# Builds the .deb and .tar.gz with CPack and checks what a user gets: every
# file a desktop installation needs is in the package, the desktop entry and
# the AppStream metainfo validate, the dependencies come from dpkg-shlibdeps,
# and both programs run from the unpacked tree (the German help shows that
# the compiled translations travel inside the app).
# Usage: check-package.sh BUILD_DIR
set -eu
build=$1
cd "$build"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "check-package: $*" >&2; exit 1; }

cpack -G "DEB;TGZ" -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; fail "cpack failed"; }
deb=$(ls "$out"/*.deb) || fail "no .deb was produced"
ls "$out"/*.tar.gz >/dev/null || fail "no .tar.gz was produced"

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$out/files"
for f in \
  /usr/bin/brokerbench \
  /usr/bin/brokerbench-cli \
  /usr/share/applications/org.brokerbench.Brokerbench.desktop \
  /usr/share/metainfo/org.brokerbench.Brokerbench.metainfo.xml \
  /usr/share/mime/packages/org.brokerbench.Brokerbench.xml \
  /usr/share/icons/hicolor/scalable/apps/brokerbench.svg \
  /usr/share/icons/hicolor/16x16/apps/brokerbench.png \
  /usr/share/icons/hicolor/32x32/apps/brokerbench.png \
  /usr/share/icons/hicolor/48x48/apps/brokerbench.png \
  /usr/share/icons/hicolor/64x64/apps/brokerbench.png \
  /usr/share/icons/hicolor/128x128/apps/brokerbench.png \
  /usr/share/icons/hicolor/256x256/apps/brokerbench.png \
  /usr/share/man/man1/brokerbench.1.gz \
  /usr/share/man/man1/brokerbench-cli.1.gz \
  /usr/share/doc/brokerbench/LICENSE \
  /usr/share/doc/brokerbench/copyright \
  /usr/share/doc/brokerbench/README.md \
  /usr/share/doc/brokerbench/scenario-format.md
do
  grep -qx "$f" "$out/files" || fail "the package lacks $f"
done

depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libsqlite3-0 libc6 qt6-qpa-plugins; do
  echo "$depends" | grep -q "$lib" || fail "Depends lacks $lib: $depends"
done
[ "$(dpkg-deb -f "$deb" Version)" = "@PROJECT_VERSION@" ] || fail "package version is not @PROJECT_VERSION@"

root="$out/root"
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/org.brokerbench.Brokerbench.desktop" || fail "desktop entry invalid"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.brokerbench.Brokerbench.metainfo.xml" >"$out/as.log" 2>&1 \
  || { cat "$out/as.log"; fail "metainfo invalid"; }
# The desktop entry starts the installed program.
grep -qx 'Exec=brokerbench %f' "$root/usr/share/applications/org.brokerbench.Brokerbench.desktop" || fail "Exec line"
zcat "$root/usr/share/man/man1/brokerbench-cli.1.gz" | grep -q '^.TH BROKERBENCH-CLI 1 .*@PROJECT_VERSION@' || fail "man page version"

# The man pages keep up with the programs: every command and option their
# --help lists is described.
check_man() { # program page
  zcat "$root/usr/share/man/man1/$2.1.gz" | sed 's/\\-/-/g' >"$out/$2.man"
  QT_QPA_PLATFORM=offscreen "$root/usr/bin/$1" --help 2>/dev/null >"$out/$2.help"
  for opt in $(grep -o -- '--[a-z][a-z-]*' "$out/$2.help" | sort -u); do
    grep -q -- "$opt" "$out/$2.man" || fail "man page $2(1) does not describe $opt"
  done
  for cmd in $(sed -n '/^Commands:/,/^$/p' "$out/$2.help" | awk 'NR>1 && $1 != "" {print $1}'); do
    grep -q "^\.B $cmd\$" "$out/$2.man" || fail "man page $2(1) does not describe the command $cmd"
  done
}
check_man brokerbench brokerbench
check_man brokerbench-cli brokerbench-cli

[ "$("$root/usr/bin/brokerbench-cli" --version)" = "brokerbench-cli @PROJECT_VERSION@" ] || fail "brokerbench-cli --version"
"$root/usr/bin/brokerbench-cli" run default --duration 2 --json | grep -q '"trace_hash"' || fail "brokerbench-cli run default"
export QT_QPA_PLATFORM=offscreen
"$root/usr/bin/brokerbench" --version 2>/dev/null | grep -q "@PROJECT_VERSION@" || fail "brokerbench --version"
"$root/usr/bin/brokerbench" --language de --help 2>/dev/null | grep -q 'Arbeitsplatz\|Werkbank\|Workbench-Datei' \
  || fail "brokerbench --language de --help is not German: translations missing"
"$root/usr/bin/brokerbench" --screenshot "$out/shot.png" --after 1 2>/dev/null || fail "brokerbench --screenshot"
[ -s "$out/shot.png" ] || fail "empty screenshot"
echo "check-package: $(basename "$deb"): $(wc -l <"$out/files") entries, Depends: $depends"
