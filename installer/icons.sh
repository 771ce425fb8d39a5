#!/usr/bin/env bash
# Makes the Windows (.ico) and macOS (.icns) icons from the PNGs in icons/, which are rendered
# from icons/kabinet.svg (see icons/README.md). The results are committed, so the installer build
# itself needs neither ImageMagick nor png2icns; run this again only after the SVG changes.
set -euo pipefail
cd "$(dirname "$0")/../icons"

# Windows: one .ico holding every size Explorer and the Start menu ask for.
if command -v convert >/dev/null; then
    convert kabinet-16.png kabinet-32.png kabinet-48.png kabinet-64.png \
            kabinet-128.png kabinet-256.png kabinet.ico
    echo "icons/kabinet.ico"
else
    echo "ImageMagick (convert) not found: kabinet.ico not made" >&2
fi

# macOS: png2icns (Debian/Ubuntu package icnsutils) takes the sizes the format knows
# (16, 32, 48, 128, 256, 512; not 64). On a Mac, iconutil does the same from an .iconset folder.
if command -v png2icns >/dev/null; then
    png2icns kabinet.icns kabinet-16.png kabinet-32.png kabinet-48.png \
             kabinet-128.png kabinet-256.png kabinet-512.png >/dev/null
    echo "icons/kabinet.icns"
elif command -v iconutil >/dev/null; then
    set_dir=$(mktemp -d)/kabinet.iconset
    mkdir -p "$set_dir"
    for n in 16 32 128 256; do
        cp "kabinet-$n.png" "$set_dir/icon_${n}x${n}.png"
        cp "kabinet-$((n * 2)).png" "$set_dir/icon_${n}x${n}@2x.png"
    done
    cp kabinet-512.png "$set_dir/icon_512x512.png"
    iconutil -c icns "$set_dir" -o kabinet.icns
    echo "icons/kabinet.icns"
else
    echo "Neither png2icns (apt install icnsutils) nor iconutil (macOS) found: kabinet.icns not made" >&2
fi
