#!/usr/bin/env bash
# Draws every icon file from audit-workbench.svg. Needs ImageMagick 6 (convert) and icnsutils (png2icns).
# The results are committed, so a build does not need these tools; run this after editing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for size in 16 24 32 48 64 128 256 512; do
  convert -background none audit-workbench.svg -resize "${size}x${size}" -depth 8 "PNG32:$work/icon-$size.png"
done
cp "$work/icon-256.png" audit-workbench.png                       # Linux: launcher, menu entry, .awb files
convert "$work"/icon-{16,24,32,48,64,128,256}.png audit-workbench.ico  # Windows: launcher, shortcuts, .awb files
png2icns audit-workbench.icns "$work"/icon-{16,32,128,256,512}.png >/dev/null  # macOS: bundle and .awb files
