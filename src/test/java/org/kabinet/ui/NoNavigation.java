package org.kabinet.ui;

import org.kabinet.ui.main.Area;
import org.kabinet.ui.main.CardTab;
import org.kabinet.ui.main.Navigator;

/** A navigator that goes nowhere, for tests of one part of a screen on its own. */
public final class NoNavigation implements Navigator {

    @Override
    public void show(Area area) {
    }

    @Override
    public void openClient(long clientId) {
    }

    @Override
    public void openClient(long clientId, CardTab tab, long itemId) {
    }

    @Override
    public void openLesson(long lessonId) {
    }
}
