package org.kabinet.model;

/**
 * One entry of the editable list of where clients come from. Built-in entries carry a
 * {@code code} and are shown in the user's language until she renames them ({@code name});
 * her own entries have only a name. A retired entry stays on old cards but is not offered.
 */
public record Source(long id, String code, String name, int position, boolean retired) {

    /** The code of the built-in entry most clients come by. */
    public static final String PERSONAL_RECOMMENDATION = "recommendation";

    public Source {
        name = Text.clean(name);
    }

    /** Whether the user has given this entry a name of her own. */
    public boolean hasOwnName() {
        return !name.isEmpty();
    }
}
