package org.kabinet.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Builds a {@link Client} field by field: the card has too many fields for one constructor call. */
public final class ClientBuilder {

    private long id;
    private PersonName name = new PersonName("", "", "");
    private AddressForm address = AddressForm.DEFAULT;
    private ContactDetails contacts = ContactDetails.NONE;
    private LocalDate birthDate;
    private Sex sex;
    private String city = "";
    private String occupation = "";
    private LocalDate firstContact;
    private Long sourceId;
    private Long referredById;
    private String request = "";
    private List<Goal> goals = List.of();
    private Set<ProblemTag> problems = Set.of();
    private SessionFormat format;
    private String language = "";
    private Consents consents = Consents.NONE;
    private ClientStatus status = ClientStatus.ENQUIRY;
    private String endReason = "";
    private String askNextTime = "";

    public static ClientBuilder from(Client c) {
        return new ClientBuilder().id(c.id()).name(c.name()).address(c.address())
                .contacts(c.contacts()).birthDate(c.birthDate()).sex(c.sex()).city(c.city())
                .occupation(c.occupation()).firstContact(c.firstContact()).sourceId(c.sourceId())
                .referredById(c.referredById()).request(c.request()).goals(c.goals())
                .problems(c.problems()).format(c.format()).language(c.language())
                .consents(c.consents()).status(c.status()).endReason(c.endReason())
                .askNextTime(c.askNextTime());
    }

    public ClientBuilder id(long v) { id = v; return this; }
    public ClientBuilder name(PersonName v) { name = v; return this; }
    public ClientBuilder name(String last, String first, String patronymic) {
        return name(new PersonName(last, first, patronymic));
    }
    public ClientBuilder address(AddressForm v) { address = v; return this; }
    public ClientBuilder contacts(ContactDetails v) { contacts = v; return this; }
    public ClientBuilder birthDate(LocalDate v) { birthDate = v; return this; }
    public ClientBuilder sex(Sex v) { sex = v; return this; }
    public ClientBuilder city(String v) { city = v; return this; }
    public ClientBuilder occupation(String v) { occupation = v; return this; }
    public ClientBuilder firstContact(LocalDate v) { firstContact = v; return this; }
    public ClientBuilder sourceId(Long v) { sourceId = v; return this; }
    public ClientBuilder referredById(Long v) { referredById = v; return this; }
    public ClientBuilder request(String v) { request = v; return this; }
    public ClientBuilder goals(List<Goal> v) { goals = v; return this; }
    public ClientBuilder problems(Set<ProblemTag> v) { problems = v; return this; }
    public ClientBuilder format(SessionFormat v) { format = v; return this; }
    public ClientBuilder language(String v) { language = v; return this; }
    public ClientBuilder consents(Consents v) { consents = v; return this; }
    public ClientBuilder status(ClientStatus v) { status = v; return this; }
    public ClientBuilder endReason(String v) { endReason = v; return this; }
    public ClientBuilder askNextTime(String v) { askNextTime = v; return this; }

    public Client build() {
        return new Client(id, name, address, contacts, birthDate, sex, city, occupation,
                firstContact, sourceId, referredById, request, goals, problems, format, language,
                consents, status, endReason, askNextTime);
    }
}
