#!/usr/bin/env bash
# Makes the Debian package of Hone from the build in BUILD_DIR (default ./build; configured and
# built first when there is none) and prints its path: BUILD_DIR/hone_<version>_<arch>.deb.
#
#   installer/build-deb.sh [BUILD_DIR]
#
# It installs the build into a staging root under /usr, stripped, adds the Debian metadata from
# installer/debian/ and builds the package with root as the owner of every file, so neither root
# nor fakeroot is needed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath -m "${1:-$root/build}")

die() { echo "build-deb: $*" >&2; exit 1; }
for tool in dpkg-deb dpkg-shlibdeps gzip md5sum strip; do
    command -v "$tool" >/dev/null || die "$tool is missing (installer/install-deps.sh installs it)"
done

if [[ ! -f "$build/CMakeCache.txt" ]]; then
    echo "build-deb: no build in $build; configuring one (Release)" >&2
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
# Bring what the package holds up to date (nothing to do after a build); tests and benchmarks
# are not part of it.
echo "build-deb: building the packaged files in $build" >&2
cmake --build "$build" -j"$(nproc)" --target hone_package_files >"$build/build-deb.log" 2>&1 \
    || { tail -n 30 "$build/build-deb.log" >&2; die "building the packaged files failed (log: $build/build-deb.log)"; }
for exe in hone hone-cli; do
    [[ -x "$build/app/$exe" ]] || die "$build/app/$exe is missing: configure with the GUI on (HONE_BUILD_GUI)"
done

version=$(cat "$build/packaging/version")
arch=$(dpkg --print-architecture)
changelog_version=$(sed -n '1s/^hone (\([^)]*\)).*/\1/p' "$root/installer/debian/changelog")
[[ "$changelog_version" == "$version" ]] \
    || die "installer/debian/changelog starts at $changelog_version, the build is $version: add an entry"

stage="$build/deb-root"
rm -rf "$stage"
DESTDIR="$stage" cmake --install "$build" --prefix /usr --strip >/dev/null

ls "$stage"/usr/share/icons/hicolor/48x48/apps/*.png >/dev/null 2>&1 \
    || die "no PNG icons were installed: rsvg-convert (librsvg2-bin) was missing when $build was configured"

doc="$stage/usr/share/doc/hone"
install -d "$doc"
install -m 0644 "$root/installer/debian/copyright" "$doc/copyright"
# A native package (no Debian revision in the version): Debian policy names this changelog.gz.
gzip -9n <"$root/installer/debian/changelog" >"$doc/changelog.gz"

# dpkg-shlibdeps reads the package list from debian/control; a stub in a scratch folder will do.
# -x: a package never depends on itself.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/debian"
printf 'Source: hone\n\nPackage: hone\nArchitecture: any\n' >"$work/debian/control"
executables=() elfs=()
while IFS= read -r -d '' f; do
    executables+=("$f")
    [[ "$(head -c 4 "$f")" == $'\x7fELF' ]] && elfs+=("$f")
done < <(find "$stage/usr" -type f -perm -u+x -print0)
[[ ${#elfs[@]} -gt 0 ]] || die "no executables were installed"
# What dh_strip also drops: the compiler's .comment notes are of no use in a package.
strip --remove-section=.comment --remove-section=.note "${elfs[@]}"
depends=$(cd "$work" && dpkg-shlibdeps -O -xhone "${elfs[@]}" 2>"$work/shlibdeps.log" \
    | sed -n 's/^shlibs:Depends=//p') || { cat "$work/shlibdeps.log" >&2; die "dpkg-shlibdeps failed"; }
[[ -n "$depends" ]] || { cat "$work/shlibdeps.log" >&2; die "dpkg-shlibdeps found no dependencies"; }

# Debian's modes: directories and executables 0755, everything else 0644.
find "$stage" -type d -exec chmod 0755 {} +
find "$stage" -type f -exec chmod 0644 {} +
chmod 0755 "${executables[@]}"

install -d "$stage/DEBIAN"
(cd "$stage" && find usr -type f -print0 | LC_ALL=C sort -z | xargs -0 md5sum) >"$stage/DEBIAN/md5sums"
installed_size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s|@VERSION@|$version|" -e "s|@ARCH@|$arch|" -e "s|@INSTALLED_SIZE@|$installed_size|" \
    -e "s|@DEPENDS@|$depends|" "$root/installer/debian/control.in" >"$stage/DEBIAN/control"
chmod 0644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"

deb="$build/hone_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "$deb"
