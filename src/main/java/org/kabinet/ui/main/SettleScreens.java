package org.kabinet.ui.main;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Asks every built screen about its unsaved forms, one after another, before the window is built
 * again, closed or given another file. Staying on any of them cancels the whole step.
 */
final class SettleScreens {

    private SettleScreens() {
    }

    /**
     * Settles each screen in {@code screens}, the one {@code shown} first (she is asked about what
     * she sees before the rest); a screen with unsaved edits is brought forward before it asks, so
     * she sees the form the question is about. {@code proceed} runs once every screen settled.
     */
    static void inTurn(Map<Area, Screen> screens, Area shown, Consumer<Area> bringForward, Runnable proceed) {
        List<Area> areas = new ArrayList<>(screens.keySet());
        if (areas.remove(shown)) {
            areas.add(0, shown);
        }
        next(areas.iterator(), screens, shown, bringForward, proceed);
    }

    private static void next(Iterator<Area> areas, Map<Area, Screen> screens, Area shown,
            Consumer<Area> bringForward, Runnable proceed) {
        if (!areas.hasNext()) {
            proceed.run();
            return;
        }
        Area area = areas.next();
        Screen screen = screens.get(area);
        if (screen.unsaved() && area != shown) {
            bringForward.accept(area);
        }
        screen.whenSettled(() -> next(areas, screens, shown, bringForward, proceed));
    }
}
