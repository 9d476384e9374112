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
# English is the source: its file holds only the plural forms of the %n messages.
others=()
for ts in "$@"; do
    if [[ "$(basename "$ts")" == hone_en.ts ]]; then
        "$lupdate" -locations none -no-obsolete -pluralonly app core ui -ts "$ts"
    else
        others+=("$ts")
    fi
done
[ ${#others[@]} -gt 0 ] || exit 0
set -- "${others[@]}"
# lupdate says "Class 'X' lacks Q_OBJECT macro" where a file's tr() is a helper of its own: the
# helper must look strings up under context X, or they never show translated. The five helpers in
# app/cli and core/export/modelcard.cpp do; tst_clidocs and tst_translations check the output.
"$lupdate" -locations none -no-obsolete app core ui -ts "$@"
