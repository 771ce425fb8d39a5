package org.kabinet.model;

/**
 * How the psychologist addresses the client: the words she uses ("Ольга Петровна", "Оля") and
 * whether it is the formal «Вы» (the default in Russian practice) or the informal «ты».
 */
public record AddressForm(String name, boolean formal) {

    public static final AddressForm DEFAULT = new AddressForm("", true);

    public AddressForm {
        name = Text.clean(name);
    }
}
