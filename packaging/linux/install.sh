#!/usr/bin/env bash
# Installs Overleg for the current user, without root: the bundle in PREFIX/lib/overleg,
# the command PREFIX/bin/overleg, the menu entry, AppStream metadata and the icon.
#
#   ./install.sh [PREFIX]              (default ~/.local)
#   ./install.sh --uninstall [PREFIX]  (your database in ~/.local/share/Overleg stays)
#
# Works from the unpacked release archive (overleg/ next to this script) and from the
# source tree after `make package` (dist/overleg).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
uninstall=0
if [ "${1:-}" = "--uninstall" ]; then uninstall=1; shift; fi
prefix="${1:-$HOME/.local}"
id=nl.overleg.Overleg
apps="$prefix/share/applications"
meta="$prefix/share/metainfo"
icons="$prefix/share/icons/hicolor/256x256/apps"

if [ "$uninstall" = 1 ]; then
  rm -rf "$prefix/lib/overleg"
  rm -f "$prefix/bin/overleg" "$apps/$id.desktop" "$meta/$id.metainfo.xml" "$icons/$id.png"
  echo "Overleg is verwijderd uit $prefix."
  exit 0
fi

bundle=""
for candidate in "$here/overleg" "$here/../../dist/overleg"; do
  if [ -x "$candidate/overleg" ]; then bundle="$candidate"; break; fi
done
[ -n "$bundle" ] || { echo "Geen Overleg-bundel gevonden; eerst 'make package'." >&2; exit 1; }

mkdir -p "$prefix/lib" "$prefix/bin" "$apps" "$meta" "$icons"
rm -rf "$prefix/lib/overleg"
cp -a "$bundle" "$prefix/lib/overleg"
ln -sfn "$prefix/lib/overleg/overleg" "$prefix/bin/overleg"
sed "s|^Exec=overleg|Exec=$prefix/bin/overleg|" "$here/$id.desktop" > "$apps/$id.desktop"
cp "$here/$id.metainfo.xml" "$meta/"
for icon in "$here/overleg.png" "$here/../../build/icons/overleg.png"; do
  if [ -f "$icon" ]; then cp "$icon" "$icons/$id.png"; break; fi
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$apps" || true
echo "Overleg is geïnstalleerd in $prefix (start met 'overleg' of via het menu)."
