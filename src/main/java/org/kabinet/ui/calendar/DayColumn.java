package org.kabinet.ui.calendar;

import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * A day column of the grid: its children sit where their {@link WeekLayout.Place} says, scaled to
 * the column's width and to {@link #HOUR_HEIGHT} pixels an hour, so the grid follows the window.
 */
final class DayColumn extends Pane {

    static final double HOUR_HEIGHT = 54;
    private static final String PLACE = "calendar.place";
    private static final double GAP = 2;

    private final int hours;

    DayColumn(int hours) {
        this.hours = hours;
    }

    /** Adds {@code node} at {@code place}. */
    void add(Node node, WeekLayout.Place place) {
        node.getProperties().put(PLACE, place);
        getChildren().add(node);
    }

    @Override
    protected double computePrefHeight(double width) {
        return hours * HOUR_HEIGHT;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        for (Node child : getChildren()) {
            if (!(child.getProperties().get(PLACE) instanceof WeekLayout.Place place)) {
                continue;
            }
            double laneWidth = width / place.lanes();
            double y = place.top() * HOUR_HEIGHT / 60;
            double h = place.length() * HOUR_HEIGHT / 60;
            boolean line = place.length() <= 1;
            child.resizeRelocate(
                    snapPositionX(place.lane() * laneWidth + (line ? 0 : GAP)),
                    snapPositionY(y + (line ? 0 : 1)),
                    snapSizeX(Math.max(laneWidth - (line ? 0 : 2 * GAP), 1)),
                    snapSizeY(line ? 1 : Math.max(h - 2, 4)));
        }
    }
}
