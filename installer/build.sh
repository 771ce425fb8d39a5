#!/usr/bin/env bash
# Builds Kabinet's installer for the system this runs on, with a trimmed Java runtime inside,
# so she needs no Java of her own:
#   Linux   installer/out/kabinet_<version>_amd64.deb and the app image installer/out/Kabinet/
#   Windows installer/out/Kabinet-<version>.msi  (run from Git Bash; jpackage needs WiX 3 on PATH)
#   macOS   installer/out/Kabinet-<version>.dmg
# Needs a JDK 17+ with jlink and jpackage (JAVA_HOME, else the java on PATH) and Maven.
# The Windows and macOS branches follow jpackage's documentation but are not run on our CI.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=installer/out
work=installer/out/work

if [[ -n "${JAVA_HOME:-}" ]]; then
    bin="$JAVA_HOME/bin/"
else
    bin=""
fi

case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=mac ;;
    MINGW* | MSYS* | CYGWIN*) os=windows ;;
    *) echo "Unknown system $(uname -s)" >&2; exit 1 ;;
esac

# The project's own version, the first <version> after its artifactId; installers want digits only.
pom_version=$(sed -n '/<artifactId>kabinet<\/artifactId>/{n;s:.*<version>\(.*\)</version>.*:\1:p;q}' pom.xml)
version=${KABINET_VERSION:-${pom_version%%-*}}
if [[ "$os" == mac && "$version" == 0.* && -z "${KABINET_VERSION:-}" ]]; then
    # jpackage on macOS refuses a version whose first number is 0 (CFBundleVersion rules).
    echo "macOS needs a version from 1: building as 1.0.0 (set KABINET_VERSION to choose)" >&2
    version=1.0.0
fi
echo "Kabinet $version for $os"

# 1. The jar and its libraries (target/kabinet.jar finds target/lib/*.jar through its manifest's
#    Class-Path). Offline first, as the project builds; online only if the local repository lacks something.
echo "Building the jar..."
mvn -q -o -DskipTests package || mvn -q -DskipTests package

rm -rf "$out"
mkdir -p "$work/input/lib"
cp target/kabinet.jar "$work/input/"
cp target/lib/*.jar "$work/input/lib/"

# 2. A runtime with only the modules Kabinet uses. jdeps finds what the classes need; besides:
#    jdk.localedata (Russian month and day names; only en and ru are kept), java.sql (sqlite-jdbc's
#    driver is found through ServiceLoader, which jdeps does not see), jdk.unsupported (sun.misc.Unsafe
#    for JavaFX and Jackson), jdk.crypto.ec (small; the backup encryption needs only java.base's
#    AES-GCM and PBKDF2, but a later feature over TLS would fail without it).
echo "Finding modules..."
found=$("${bin}jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
    target/kabinet.jar target/lib/*.jar 2>/dev/null | tail -1)
modules=$(echo "$found,jdk.crypto.ec,jdk.localedata,java.sql,jdk.unsupported" | tr ',' '\n' | sort -u | paste -sd, -)
echo "Modules: $modules"
"${bin}jlink" --add-modules "$modules" --include-locales=en,ru \
    --strip-debug --no-header-files --no-man-pages --compress=2 \
    --output "$work/runtime"

# 3. jpackage: the same app everywhere; the class path stays a class path (JavaFX from lib/).
common=(
    --name Kabinet
    --app-version "$version"
    --vendor "Kabinet"
    --description "An offline practice manager for a psychologist in private practice."
    --copyright "Kabinet contributors"
    --input "$work/input"
    --main-jar kabinet.jar
    --main-class org.kabinet.Main
    --runtime-image "$work/runtime"
    --dest "$out"
)

case "$os" in
    linux)
        echo "Making the app image..."
        "${bin}jpackage" --type app-image "${common[@]}" --icon icons/kabinet-512.png
        # The .deb wraps that same app image. installer/linux/ holds its menu entry (with the
        # Russian name) and install scripts that still work where xdg-desktop-menu cannot.
        echo "Making the .deb..."
        "${bin}jpackage" --type deb --app-image "$out/Kabinet" --dest "$out" \
            --name Kabinet --app-version "$version" --vendor "Kabinet" \
            --description "An offline practice manager for a psychologist in private practice." \
            --copyright "Kabinet contributors" \
            --icon icons/kabinet-512.png \
            --resource-dir installer/linux \
            --license-file LICENSE \
            --linux-package-name kabinet \
            --linux-deb-maintainer "kabinet@localhost" \
            --linux-app-category office \
            --linux-menu-group Office \
            --linux-shortcut
        ;;
    windows)
        # WiX 3 (candle.exe, light.exe) must be on PATH. A fixed upgrade code lets a newer .msi
        # replace an older one instead of installing beside it.
        "${bin}jpackage" --type msi "${common[@]}" --icon icons/kabinet.ico \
            --license-file LICENSE \
            --win-menu --win-menu-group Kabinet --win-shortcut --win-dir-chooser \
            --win-upgrade-uuid 6f1d3c3e-6a53-4c5e-9f0e-8b1f7c2a4b10
        ;;
    mac)
        # Unsigned: she opens it the first time with right-click > Open (or sign with
        # --mac-sign --mac-signing-key-user-name "Developer ID Application: …").
        "${bin}jpackage" --type dmg "${common[@]}" --icon icons/kabinet.icns \
            --license-file LICENSE \
            --mac-package-identifier org.kabinet \
            --mac-package-name Kabinet
        ;;
esac

rm -rf "$work"
echo "Done:"
ls -la "$out"
