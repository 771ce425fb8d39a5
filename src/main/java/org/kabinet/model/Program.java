package org.kabinet.model;

/**
 * A program of lessons, such as the Base. The built-in one carries a {@code code} and is named in
 * the user's language until she renames it; her own programs have only a name.
 */
public record Program(long id, String code, String name, boolean retired) {

    /** The code of the Base program Kabinet ships. */
    public static final String BASE = "base";

    public Program {
        name = Text.clean(name);
    }

    public boolean hasOwnName() {
        return !name.isEmpty();
    }
}
