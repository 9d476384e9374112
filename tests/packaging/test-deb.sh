#!/usr/bin/env bash
# The Debian package, end to end: installer/build-deb.sh on this build, the package installed
# with dpkg into a scratch root (never into this machine), the installed programs run from there
# with the source and build folders hidden, and the package checked by desktop-file-validate,
# appstreamcli and lintian.
#
#   tests/packaging/test-deb.sh SOURCE_DIR BUILD_DIR
set -uo pipefail
src=$(realpath "$1")
build=$(realpath "$2")
id=io.github.hone.Hone
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }
need() { command -v "$1" >/dev/null || { echo "FAIL: $1 is missing (installer/install-deps.sh)"; exit 1; }; }
for tool in dpkg dpkg-deb desktop-file-validate appstreamcli lintian update-mime-database python3; do
    need "$tool"
done

scratch=$(mktemp -d /tmp/hone-deb-test.XXXXXX)
trap 'rm -rf "$scratch"' EXIT

# --- build ---------------------------------------------------------------------------------
deb=$("$src/installer/build-deb.sh" "$build" | tail -n 1) || { echo "FAIL: build-deb.sh"; exit 1; }
[[ -f "$deb" ]] || { echo "FAIL: build-deb.sh printed '$deb', which is not a file"; exit 1; }
pass "built $deb"
version=$(cat "$build/packaging/version")

# --- what the package holds ------------------------------------------------------------------
dpkg-deb --contents "$deb" >"$scratch/contents" || { echo "FAIL: dpkg-deb --contents"; exit 1; }
awk '{ p = $6; sub(/^\.\//, "/", p); print p }' "$scratch/contents" | sed 's:/$::' | sort >"$scratch/paths"
expected=(/usr/bin/hone /usr/bin/hone-cli
          "/usr/share/applications/$id.desktop" "/usr/share/metainfo/$id.metainfo.xml"
          "/usr/share/mime/packages/$id.xml" "/usr/share/icons/hicolor/scalable/apps/$id.svg"
          /usr/share/doc/hone/copyright /usr/share/doc/hone/changelog.gz)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for path in "${expected[@]}"; do
    grep -qxF "$path" "$scratch/paths" || fail "the package lacks $path"
done
# Whatever `cmake --install` installs is in the package (man pages, completions as they come).
missing=0
while IFS= read -r installed; do
    grep -qxF "${installed#"$build/deb-root"}" "$scratch/paths" || { fail "not packaged: $installed"; missing=1; }
done <"$build/install_manifest.txt"
[[ $missing -eq 0 ]] && pass "the package holds all $(wc -l <"$build/install_manifest.txt") installed files"
for extra in /usr/share/man/man1/hone.1.gz /usr/share/man/man1/hone-cli.1.gz \
             /usr/share/bash-completion/completions/hone-cli; do
    grep -qxF "$extra" "$scratch/paths" && echo "note: carries $extra" || echo "note: no $extra (not installed by the build yet)"
done

# Owners root/root; directories and executables 0755, other files 0644.
bad=$(awk '$2 != "root/root" { print "owner " $2 ": " $6; next }
           /^d/ && $1 != "drwxr-xr-x" { print $1 ": " $6; next }
           /^-/ && $6 ~ /^\.\/usr\/bin\// && $1 != "-rwxr-xr-x" { print $1 ": " $6; next }
           /^-/ && $6 !~ /^\.\/usr\/bin\// && $1 != "-rw-r--r--" { print $1 ": " $6 }' "$scratch/contents")
[[ -z "$bad" ]] && pass "owners and modes" || fail "owners or modes: $bad"

depends=$(dpkg-deb --field "$deb" Depends)
for lib in libtorch libqt6core6 libqt6widgets6 libopencv-core libc6; do
    [[ "$depends" == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done
[[ "$(dpkg-deb --field "$deb" Recommends)" == *libopenblas0-openmp* ]] || fail "Recommends lacks libopenblas0-openmp"
[[ "$(dpkg-deb --field "$deb" Version)" == "$version" ]] || fail "Version is not $version"
echo "Depends: $depends"

# --- install into a scratch root ----------------------------------------------------------------
root="$scratch/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
if dpkg --root="$root" --log="$scratch/dpkg.log" --force-depends --force-not-root -i "$deb" \
        >"$scratch/dpkg.out" 2>&1; then
    pass "dpkg -i into $root"
else
    cat "$scratch/dpkg.out"
    echo "FAIL: dpkg could not install the package"; exit 1
fi
[[ "$(dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Status}' hone)" == "install ok installed" ]] \
    || fail "dpkg does not list hone as installed in the scratch root"

# The installed programs run with the repository out of sight, so nothing can come from it: the
# translations and the bundled backbone are Qt resources inside the binaries.
cat >"$scratch/run.sh" <<'EOF'
set -u
root=$1 out=$2 src=$3
cd "$root"
export HOME="$root/home" XDG_CONFIG_HOME="$root/home/.config" XDG_RUNTIME_DIR="$root/run"
export QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" && install -d -m 0700 "$XDG_RUNTIME_DIR"
ls -A "$src" | wc -l >"$out/visible"
"$root/usr/bin/hone-cli" --version >"$out/version" 2>&1; echo $? >"$out/version.rc"
"$root/usr/bin/hone" --version >"$out/gui-version" 2>&1; echo $? >"$out/gui-version.rc"
"$root/usr/bin/hone-cli" backbones >"$out/backbones" 2>&1; echo $? >"$out/backbones.rc"
"$root/usr/bin/hone-cli" demo "$root/demo" --per-class 3 >"$out/demo" 2>&1; echo $? >"$out/demo.rc"
for lang in en de fr es zh_CN ja; do
    HONE_LANGUAGE=$lang "$root/usr/bin/hone-cli" demo "$root/unused" --per-class 1 >"$out/usage.$lang" 2>&1
done
EOF
mkdir -p "$scratch/out"
hide="mount -t tmpfs tmpfs '$src'"
[[ "$build" == "$src"/* ]] || hide+=" && mount -t tmpfs tmpfs '$build'"
if [[ $(id -u) -eq 0 ]] && unshare --mount --propagation private true 2>/dev/null; then
    unshare --mount --propagation private bash -c "$hide && bash '$scratch/run.sh' '$root' '$scratch/out' '$src'"
    [[ "$(cat "$scratch/out/visible")" == 0 ]] && pass "ran the installed programs with $src and $build hidden" \
        || fail "$src was still visible to the installed programs"
else
    echo "note: cannot hide the repository (needs root and mount namespaces); running in plain sight"
    bash "$scratch/run.sh" "$root" "$scratch/out" "$src"
fi
out="$scratch/out"
[[ "$(cat "$out/version.rc")" == 0 && "$(head -n 1 "$out/version")" == "hone-cli $version" ]] \
    && pass "hone-cli --version: $(head -n 1 "$out/version")" || fail "hone-cli --version: $(cat "$out/version")"
[[ "$(cat "$out/gui-version.rc")" == 0 && "$(head -n 1 "$out/gui-version")" == *"$version"* ]] \
    && pass "hone --version: $(head -n 1 "$out/gui-version")" || fail "hone --version: $(cat "$out/gui-version")"
[[ "$(cat "$out/backbones.rc")" == 0 ]] && grep -q fashion6 "$out/backbones" \
    && pass "hone-cli backbones lists the bundled backbone" || fail "hone-cli backbones: $(cat "$out/backbones")"
[[ "$(cat "$out/demo.rc")" == 0 ]] || fail "hone-cli demo: $(cat "$out/demo")"
if python3 - "$root/demo/project.hone.json" <<'EOF'
import json, sys
project = json.load(open(sys.argv[1]))
assert len(project["classes"]) == 4, project["classes"]
assert len(project["images"]) == 12, len(project["images"])
EOF
then pass "hone-cli demo wrote a project of 4 classes, 12 images"; else fail "the demo project"; fi
translated=0
for lang in de fr es zh_CN ja; do
    cmp -s "$out/usage.en" "$out/usage.$lang" || translated=$((translated + 1))
done
[[ $translated -gt 0 ]] && pass "hone-cli speaks $translated of 5 languages from its own resources" \
    || fail "hone-cli printed English in every language: the translations did not come with it"
ldd "$root/usr/bin/hone-cli" "$root/usr/bin/hone" | grep -E 'not found|'"$build" && fail "ldd"
readelf -d "$root/usr/bin/hone-cli" "$root/usr/bin/hone" | grep -E 'RPATH|RUNPATH' && fail "an RPATH is left"

# --- desktop integration -----------------------------------------------------------------------
share="$root/usr/share"
desktop="$share/applications/$id.desktop"
desktop-file-validate "$desktop" && pass "desktop-file-validate" || fail "desktop-file-validate"
grep -qx "Icon=$id" "$desktop" || fail "the desktop entry's icon is not $id"
grep -qx 'MimeType=application/x-hone-project;' "$desktop" || fail "the desktop entry's MimeType"
for lang in de fr es zh_CN ja; do
    for key in GenericName Comment Keywords; do
        grep -q "^$key\[$lang\]=" "$desktop" || fail "$desktop has no $key[$lang]"
    done
done
appstreamcli validate --no-net "$share/metainfo/$id.metainfo.xml" && pass "appstreamcli validate" \
    || fail "appstreamcli validate"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$share/metainfo/$id.metainfo.xml" \
    || fail "the metainfo does not launch $id.desktop"
if python3 - "$share/icons/hicolor" "$id" <<'EOF'
import struct, sys
base, name = sys.argv[1], sys.argv[2]
for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
    with open(f"{base}/{size}x{size}/apps/{name}.png", "rb") as f:
        head = f.read(24)
    assert head[:8] == b"\x89PNG\r\n\x1a\n", size
    assert struct.unpack(">II", head[16:24]) == (size, size), (size, struct.unpack(">II", head[16:24]))
EOF
then pass "the PNG icons have their sizes"; else fail "the PNG icons"; fi

# The MIME package: the project file is application/x-hone-project, other JSON stays JSON.
update-mime-database "$share/mime" >/dev/null 2>&1 || fail "update-mime-database"
grep -q '^80:application/x-hone-project:project.hone.json' "$share/mime/globs2" || fail "no glob in globs2"
if command -v gio >/dev/null; then
    echo '{}' >"$root/demo/other.json"
    type_of() { XDG_DATA_HOME="$scratch/none" XDG_DATA_DIRS="$share:/usr/share" \
        gio info -a standard::content-type "$1" | sed -n 's/.*standard::content-type: //p'; }
    [[ "$(type_of "$root/demo/project.hone.json")" == application/x-hone-project ]] \
        && pass "a file manager sees the project file as application/x-hone-project" \
        || fail "project.hone.json is $(type_of "$root/demo/project.hone.json")"
    [[ "$(type_of "$root/demo/other.json")" == application/json ]] || fail "other JSON is not application/json"
else
    echo "note: gio (libglib2.0-bin) missing: the MIME lookup itself is not tried"
fi

# --- lintian: errors fail, warnings are printed ------------------------------------------------
lintian --allow-root --display-info "$deb" >"$scratch/lintian" 2>&1
cat "$scratch/lintian"
if grep -q '^E:' "$scratch/lintian"; then fail "lintian reports errors"; else
    pass "lintian: no errors ($(grep -c '^W:' "$scratch/lintian") warnings)"; fi

[[ $failures -eq 0 ]] && echo "all packaging checks passed" || echo "$failures packaging checks failed"
exit $((failures > 0))
