package org.kabinet.model;

import java.util.List;

/** How to reach a client: phones (the first is the main one), email, messenger and preference. */
public record ContactDetails(List<String> phones, String email, String messenger, Channel preferred) {

    public static final ContactDetails NONE = new ContactDetails(List.of(), "", "", null);

    public ContactDetails {
        phones = phones == null ? List.of()
                : phones.stream().map(Text::clean).filter(p -> !p.isEmpty()).toList();
        email = Text.clean(email);
        messenger = Text.clean(messenger);
    }

    /** The main phone, or the empty string. */
    public String mainPhone() {
        return phones.isEmpty() ? "" : phones.get(0);
    }
}
