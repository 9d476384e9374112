#!/usr/bin/env bash
# Writes the demo project (once) and opens Hone on it. Without a display it starts a virtual one.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
demo="$root/build/demo-project"
[[ -f "$demo/project.hone.json" ]] || "$root/build/app/hone-cli" demo "$demo"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$root/build/app/hone" "$demo"
fi
exec "$root/build/app/hone" "$demo"
