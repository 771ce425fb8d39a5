#!/usr/bin/env bash
# Retakes the user guide's screenshots, docs/guide/img/{en,ru}/*.png, from a demo practice.
#
#   docs/guide/screenshots.sh target/kabinet.jar
#
# Needs Xvfb, xdotool, ImageMagick (import, convert); builds nothing itself; takes ~2 minutes.
# It starts its own X server (display $SHOTS_DISPLAY, default :79), plays "Elena" whose home is
# $SHOTS_HOME (default /home/elena, so the pictures show the path a real user sees), and runs
# the app with a fresh preferences file for each language, so nothing remembered leaks in.
# SHOTS_LANGS=ru retakes one language only.
#
# The demo practice is dated from today, so who is "in a program", how far each has come and the
# rows below change from day to day. Before retaking, look at the pictures this makes and, if a
# row or tab moved, correct the numbers in pick_clients below (screen pixels of 1440x900).
set -euo pipefail

JAR=$(realpath "${1:?usage: $0 path/to/kabinet.jar}")
IMG=$(cd "$(dirname "$0")" && pwd)/img
XDISPLAY=${SHOTS_DISPLAY:-:79}
ELENA=${SHOTS_HOME:-/home/elena}
WORK=$(mktemp -d /tmp/kabinet-shots.XXXXXX)
DATA=$ELENA/.local/share/kabinet           # what DefaultDatabasePath gives on Linux
DEMO=$DATA/kabinet-demo.db                 # where the app itself keeps its demo practice
MOUSE_REST="100 500"                       # blank sidebar: no hover highlight in the picture

# The home is wiped for every language: only ever one this script made itself.
if [[ -e $ELENA && ! -e $ELENA/.kabinet-screenshots ]]; then
    echo "$ELENA exists and was not made by this script; set SHOTS_HOME to another folder" >&2
    exit 1
fi

Xvfb "$XDISPLAY" -screen 0 1440x900x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB=$!
APP=
cleanup() {
    [[ -n $APP ]] && kill "$APP" 2>/dev/null || true
    kill "$XVFB" 2>/dev/null || true
}
trap cleanup EXIT
export DISPLAY=$XDISPLAY
sleep 2

# start_app LANG [ARGS...]: Kabinet as Elena would start it; the window fills the screen.
start_app() {
    local lang=$1; shift
    # Java takes user.home from the password file, not from HOME: both are set.
    env -u XDG_DATA_HOME -u KABINET_DB HOME="$ELENA" \
        java -Duser.home="$ELENA" -Dkabinet.preferences="$WORK/prefs-$lang.properties" \
        -jar "$JAR" --lang "$lang" "$@" >>"$WORK/app.log" 2>&1 &
    APP=$!
    MAIN=$(timeout 60 xdotool search --sync --onlyvisible --name '^Kabinet' | head -1)
    # No window manager under Xvfb: place the window and give it the keyboard by hand.
    xdotool windowmove "$MAIN" 0 0 windowsize "$MAIN" 1440 900
    sleep 3
    xdotool windowfocus "$MAIN"
    sleep 1
}

quit_app() {
    xdotool key ctrl+q
    for _ in $(seq 30); do kill -0 "$APP" 2>/dev/null || break; sleep 0.5; done
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
    APP=
}

click() { xdotool mousemove "$1" "$2" click 1; sleep "${3:-1.5}"; }
key() { xdotool key "$1"; sleep "${2:-1.5}"; }

# shot LANG NAME: the whole screen, scaled to 1100 px wide, 256 colours (readable, ~80 KB).
shot() {
    xdotool mousemove $MOUSE_REST
    sleep 1
    import -window root "$WORK/raw.png"
    convert "$WORK/raw.png" -resize 1100x -strip +dither -colors 256 "PNG8:$IMG/$1/$2.png"
}

# shot_window LANG NAME WINDOW: one window at its own size (the Settings window).
shot_window() {
    xdotool mousemove $MOUSE_REST
    sleep 1
    eval "$(xdotool getwindowgeometry --shell "$3")"
    import -window root "$WORK/raw.png"
    convert "$WORK/raw.png" -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage -strip +dither -colors 256 \
        "PNG8:$IMG/$1/$2.png"
}

# Today's choices, per language: the demo's people have other names in Russian but the same story.
# Pixels of the 1440x900 screen. The list is the "In a program" segment sorted by name, a row's
# centre at 251 + 39*(row-1); the card's tabs sit lower when it shows "Last contact" and
# "Next time, ask about", and the Russian tab names are wider.
pick_clients() {
    case $1 in
    en) CARD_ROW=4        # White Michael: referred by another client
        PROGRAM_ROW=5     # Wilson Anna: Base 7/15, next lesson planned, six homework
        NOTE_Y=437        # her structured note "Fear of change"
        SEARCH=anxi
        TABS_Y=182; TAB_PROGRAM=1019; TAB_HOMEWORK=1115; TAB_NOTES=1202 ;;
    ru) CARD_ROW=1        # Васильева Алёна: по рекомендации
        PROGRAM_ROW=4     # Сидорова Полина: База 7/15
        NOTE_Y=408        # her private note, marked «Личная»
        SEARCH=тревог
        TABS_Y=230; TAB_PROGRAM=1059; TAB_HOMEWORK=1160; TAB_NOTES=1246 ;;
    esac
}

for lang in ${SHOTS_LANGS:-en ru}; do
    pick_clients "$lang"
    mkdir -p "$IMG/$lang"
    rm -rf "$ELENA"
    mkdir -p "$ELENA"
    touch "$ELENA/.kabinet-screenshots"
    rm -f "$WORK/prefs-$lang.properties"

    # welcome: the first start, no --db, so the default practice file is made and named.
    start_app "$lang"
    shot "$lang" welcome
    quit_app

    # Everything else is the demo practice, written where the app keeps it.
    java -jar "$JAR" demo --db "$DEMO" --clients 300 --seed 7 --locale "$lang" >/dev/null
    start_app "$lang" --db "$DEMO"

    key ctrl+1
    shot "$lang" today

    key ctrl+2
    shot "$lang" calls

    # Clients, "In a program" segment (the third entry of the segment list).
    key ctrl+3
    click 663 122 1
    click 594 233
    click 300 $((251 + 39 * (CARD_ROW - 1))) 3
    shot "$lang" card

    click 300 $((251 + 39 * (PROGRAM_ROW - 1))) 3
    click "$TAB_PROGRAM" "$TABS_Y"
    shot "$lang" program
    click "$TAB_HOMEWORK" "$TABS_Y"
    shot "$lang" homework
    click "$TAB_NOTES" "$TABS_Y"
    click 933 "$NOTE_Y"
    shot "$lang" notes

    # search: over the notes, as she would look something up mid-session.
    key ctrl+k 1
    xdotool type --delay 150 "$SEARCH"
    sleep 2
    shot "$lang" search
    key Escape

    # backup: Settings (Ctrl+,) open on "Backups and lock", the fourth section.
    key ctrl+comma 2
    SETTINGS=$(xdotool search --onlyvisible --name . | grep -vx "$MAIN" | head -1)
    click 334 275
    shot_window "$lang" backup "$SETTINGS"
    key Escape
    quit_app
done
rm -rf "$ELENA" "$WORK"
echo "Pictures written to $IMG/{en,ru}: look at every one before committing."
