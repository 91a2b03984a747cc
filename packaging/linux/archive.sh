#!/usr/bin/env bash
# The release archive of the Linux bundle, checked by installing it into a scratch
# prefix and starting the installed command:   packaging/linux/archive.sh VERSION
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
version="${1:?version}"
name="overleg-$version-linux-$(uname -m)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

mkdir "$stage/$name"
cp -a "$root/dist/overleg" "$stage/$name/overleg"
cp "$root/packaging/linux/install.sh" "$root/packaging/linux/nl.overleg.Overleg.desktop" \
   "$root/packaging/linux/nl.overleg.Overleg.metainfo.xml" "$stage/$name/"
[ -f "$root/build/icons/overleg.png" ] && cp "$root/build/icons/overleg.png" "$stage/$name/"
tar -C "$stage" -czf "$root/dist/$name.tar.gz" "$name"

# Unpack and install as a new user would, then run what was installed.
mkdir "$stage/check"
tar -C "$stage/check" -xzf "$root/dist/$name.tar.gz"
"$stage/check/$name/install.sh" "$stage/prefix" >/dev/null
"$stage/prefix/bin/overleg" --version
grep -q "^Exec=$stage/prefix/bin/overleg" "$stage/prefix/share/applications/nl.overleg.Overleg.desktop"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$stage/prefix/share/applications/nl.overleg.Overleg.desktop"
fi
"$stage/check/$name/install.sh" --uninstall "$stage/prefix" >/dev/null
[ ! -e "$stage/prefix/bin/overleg" ]
echo "archive: dist/$name.tar.gz installs and runs"
