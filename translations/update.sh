#!/usr/bin/env bash
# Refreshes the translations from the sources: new strings arrive unfinished, removed ones are
# dropped. The .ts files are the only source of the translations; edit them in Qt Linguist
# (`linguist translations/hone_de.ts`) or any XML editor, then build.
#   translations/update.sh                      every language
#   translations/update.sh translations/hone_fr.ts   one
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || lupdate=$(command -v lupdate6 || command -v lupdate)
cd "$root"
if [ $# -eq 0 ]; then set -- translations/hone_*.ts; fi
# "lacks Q_OBJECT" is lupdate's note on Q_DECLARE_TR_FUNCTIONS classes, not a problem.
"$lupdate" -locations none -no-obsolete app core ui -ts "$@" 2>&1 | grep -v "lacks Q_OBJECT macro" || true
