package org.kabinet.ui.lock;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Window;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.AppLockService;
import org.kabinet.ui.common.TaskExecutor;

/**
 * The app lock of one main window. Locked, the window's scene shows the lock screen instead of its
 * content (the content is out of the scene, not merely covered), its shortcuts are off, and every
 * other window is out of sight: see {@link OtherWindows}. Unlocked, the content comes back as it
 * was, with the focus where it was. It locks at start when the lock is on, on Ctrl+L, and after
 * the idle time without input in any of Kabinet's windows.
 */
public final class AppLock {

    private static final Logger LOG = Logger.getLogger(AppLock.class.getName());
    public static final KeyCombination LOCK_KEYS = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private final AppLockService service;
    private final TaskExecutor executor;
    private final Runnable beforeLock;
    private final LockScreen screen;
    private final IdleWatch idle;
    private final OtherWindows others = new OtherWindows();
    private final ReadOnlyBooleanWrapper enabled = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private final EventHandler<InputEvent> onInput = e -> input();
    private final ListChangeListener<Window> newWindows = this::windowsAdded;
    private Scene scene;
    private Parent content;
    private Map<KeyCombination, Runnable> shortcuts = Map.of();
    private Node focusedBefore;

    /**
     * @param beforeLock runs as it locks: writes the words typed a moment ago, so nothing waits
     *     unsaved behind the lock
     */
    public AppLock(AppLockService service, Messages messages, TaskExecutor executor, Clock clock,
            Runnable beforeLock) {
        this.service = service;
        this.executor = executor;
        this.beforeLock = beforeLock;
        this.screen = new LockScreen(messages, executor, service, this::unlock);
        this.idle = new IdleWatch(clock, AppLockService.DEFAULT_IDLE, this::idleTimeReached);
        this.enabled.set(service.enabled());
    }

    /**
     * Takes charge of {@code scene}, whose root is the window's content: Ctrl+L, the idle watch
     * over every Kabinet window, and the lock at once when it is on, before the content is ever
     * drawn. Call after the scene's other shortcuts are in place.
     */
    public void attach(Scene scene) {
        attach(scene, true);
    }

    /**
     * As {@link #attach(Scene)}; {@code lockAtOnce} false when the same session goes on in a
     * window built again (another language), where she has already unlocked.
     */
    public void attach(Scene scene, boolean lockAtOnce) {
        this.scene = scene;
        this.content = scene.getRoot();
        // Later, not inside the accelerator: locking takes the shortcuts off while they are being run.
        scene.getAccelerators().put(LOCK_KEYS, () -> javafx.application.Platform.runLater(this::lock));
        Window.getWindows().forEach(this::watch);
        Window.getWindows().addListener(newWindows);
        idle.start();
        if (lockAtOnce && enabled.get()) {
            lock();
        }
        readIdleTime();
    }

    /** The lock settings changed: whether it is on, and its idle time. */
    public void settingsChanged() {
        enabled.set(service.enabled());
        readIdleTime();
    }

    private void readIdleTime() {
        executor.run(service::idleTimeout, idle::setTimeout,
                e -> LOG.warning("reading the idle time failed; the lock keeps the one it had"));
    }

    /** Locks now, if the lock is on (without a passphrase there would be no way back in). */
    public void lock() {
        if (!enabled.get() || locked.get() || scene == null) {
            return;
        }
        LOG.info("locking");
        locked.set(true);
        beforeLock.run();
        focusedBefore = scene.getFocusOwner();
        others.hideAll(scene.getWindow());
        shortcuts = new LinkedHashMap<>(scene.getAccelerators());
        scene.getAccelerators().clear();
        scene.setRoot(screen.root());
        screen.reset();
    }

    private void unlock() {
        LOG.info("unlocked");
        scene.setRoot(content);
        scene.getAccelerators().putAll(shortcuts);
        shortcuts = Map.of();
        locked.set(false);
        others.showAgain();
        if (focusedBefore != null && focusedBefore.getScene() == scene) {
            focusedBefore.requestFocus();
        }
        focusedBefore = null;
        idle.input();
    }

    private void idleTimeReached() {
        if (!locked.get()) {
            lock();
        }
    }

    /** Looks whether the idle time has passed (the watch does so every few seconds; tests call it). */
    public void checkIdle() {
        idle.check();
    }

    private void input() {
        idle.input();
    }

    private void windowsAdded(ListChangeListener.Change<? extends Window> change) {
        while (change.next()) {
            change.getAddedSubList().forEach(this::watch);
            if (locked.get() && scene != null && change.getAddedSubList().stream().anyMatch(w -> w != scene.getWindow())) {
                // A window that opens while locked (a background task's "done" or error message) could
                // name a client or a file: it is put out of sight like the others, once it is showing.
                javafx.application.Platform.runLater(() -> {
                    if (locked.get()) {
                        others.hideAll(scene.getWindow());
                    }
                });
            }
        }
    }

    private void watch(Window window) {
        // A window shown again is added to the list again: never count its input twice.
        unwatch(window);
        window.addEventFilter(KeyEvent.KEY_PRESSED, onInput);
        window.addEventFilter(MouseEvent.MOUSE_MOVED, onInput);
        window.addEventFilter(MouseEvent.MOUSE_PRESSED, onInput);
        window.addEventFilter(ScrollEvent.SCROLL, onInput);
    }

    private void unwatch(Window window) {
        window.removeEventFilter(KeyEvent.KEY_PRESSED, onInput);
        window.removeEventFilter(MouseEvent.MOUSE_MOVED, onInput);
        window.removeEventFilter(MouseEvent.MOUSE_PRESSED, onInput);
        window.removeEventFilter(ScrollEvent.SCROLL, onInput);
    }

    /** The window is going (another practice takes its place): no more idle checks from it. */
    public void stop() {
        idle.stop();
        Window.getWindows().removeListener(newWindows);
        Window.getWindows().forEach(this::unwatch);
    }

    /** Whether the lock is on (the "Lock now" item is usable only then). */
    public ReadOnlyBooleanProperty enabled() {
        return enabled.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty locked() {
        return locked.getReadOnlyProperty();
    }

    /** Wrong passphrases typed in a row on the lock screen (for tests). */
    int wrongTries() {
        return screen.wrongTries();
    }
}
