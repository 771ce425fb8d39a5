package org.kabinet.model;

/** Where the main window was on screen when it last closed, so that it opens there again. */
public record WindowPlace(double x, double y, double width, double height, boolean maximized) {

    public WindowPlace {
        // A file edited by hand may say "Infinity": a window of endless size cannot be placed.
        if (!(width > 0) || !(height > 0) || !Double.isFinite(width) || !Double.isFinite(height)
                || !Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a window place needs a finite position and a positive size");
        }
    }
}
