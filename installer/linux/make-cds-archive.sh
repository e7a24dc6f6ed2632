#!/bin/sh
# Dumps Audit Workbench's class-data sharing archive beside the jars it was installed with (docs/decisions/0005).
# A JDK 17 archive is bound to the absolute paths and modification times of those jars, so it cannot come from the
# build machine: the .deb's postinst runs this once dpkg has unpacked the files, and the installer build runs it for
# the app-image it leaves in target/. The classes are those a training run at build time loaded (start screen, open
# workbench). If the dump fails, the JDK's own archive takes its place: the launcher names this file, and a missing
# file would switch class-data sharing off altogether.
set -u
app=$(cd "$(dirname "$0")" && pwd)
runtime="$app/../runtime"
archive="$app/audit-workbench.jsa"
# The class path exactly as the launcher builds it from its configuration: the archive is checked against it.
cfg=$(ls "$app"/*.cfg | head -n 1)
classpath=$(sed -n "s|^app\.classpath=\\\$APPDIR|$app|p" "$cfg" | paste -sd: -)
rm -f "$archive"
if ! "$runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/audit-workbench.classlist" \
    -XX:SharedArchiveFile="$archive" -cp "$classpath" >/dev/null 2>&1; then
  echo "Audit Workbench: the class-data sharing archive could not be made; starting will be slower." >&2
  cp "$runtime/lib/server/classes.jsa" "$archive"
fi
chmod 644 "$archive"
