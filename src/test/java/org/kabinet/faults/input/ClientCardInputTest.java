package org.kabinet.faults.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kabinet.logic.ClientService;
import org.kabinet.logic.ValidationException;
import org.kabinet.model.Client;
import org.kabinet.model.ClientBuilder;
import org.kabinet.model.ClientValidator;
import org.kabinet.model.Consents;
import org.kabinet.model.ContactDetails;
import org.kabinet.model.FieldError;
import org.kabinet.storage.Database;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;
import org.kabinet.testutil.TestDatabases;

/**
 * The client card's rules against bad input, through the service that saves the card: each bad
 * value is refused with the message shown beside its field, in both languages, and the practice
 * holds exactly what it held; text that is only odd (an injection-like string is a legal name)
 * is stored literally and read back character for character.
 */
@ExtendWith(BadInputTally.class)
class ClientCardInputTest {

    static final String HUGE = "Я".repeat(5 * 1024 * 1024);

    @TempDir
    Path dir;

    private Database db;
    private ClientService clients;
    private Fingerprint before;

    @BeforeEach
    void open() {
        db = TestDatabases.fresh(dir);
        clients = new ClientService(db, TestClock.FIXED);
        clients.save(ClientBuilders.olga().build());
        clients.save(ClientBuilders.minimal("Мария").build());
        before = Fingerprint.of(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                bad("empty first name", ClientValidator.FIRST_NAME, "validation.firstName.required",
                        c -> c.name("Петрова", "", "")),
                bad("only spaces", ClientValidator.FIRST_NAME, "validation.firstName.required",
                        c -> c.name("Петрова", "    ", "")),
                bad("only tabs and line breaks", ClientValidator.FIRST_NAME, "validation.firstName.required",
                        c -> c.name("", "\t\n\r\n", "")),
                bad("only no-break spaces", ClientValidator.FIRST_NAME, "validation.firstName.required",
                        c -> c.name("", "\u2003\u2002\u3000", "")),
                bad("huge field (5 MB name)", ClientValidator.LAST_NAME, "validation.name.tooLong",
                        c -> c.name(HUGE, "Анна", "")),
                bad("one character over the limit", ClientValidator.PATRONYMIC, "validation.name.tooLong",
                        c -> c.name("", "Анна", "в".repeat(ClientValidator.MAX_NAME_LENGTH + 1))),
                bad("NUL character", ClientValidator.FIRST_NAME, "validation.text.controlCharacters",
                        c -> c.name("", "Ан\u0000на", "")),
                bad("bell character \\u0007", ClientValidator.LAST_NAME, "validation.text.controlCharacters",
                        c -> c.name("Пет\u0007рова", "Анна", "")),
                bad("carriage return alone", ClientValidator.FIRST_NAME, "validation.text.controlCharacters",
                        c -> c.name("", "Анна\rМария", "")),
                bad("line break in a one-line field", ClientValidator.CITY, "validation.text.controlCharacters",
                        c -> c.name("", "Анна", "").city("Москва\nПитер")),
                bad("terminal escape sequence", ClientValidator.OCCUPATION, "validation.text.controlCharacters",
                        c -> c.name("", "Анна", "").occupation("\u001B[31mкрасный\u001B[0m")),
                bad("DEL and C1 controls", ClientValidator.MESSENGER, "validation.text.controlCharacters",
                        c -> c.name("", "Анна", "").contacts(new ContactDetails(List.of(), "", "@a\u007F\u0085", null))),
                bad("lone surrogate", ClientValidator.FIRST_NAME, "validation.text.controlCharacters",
                        c -> c.name("", "Анна\uD800", "")),
                bad("reversed surrogate pair", ClientValidator.REQUEST, "validation.text.controlCharacters",
                        c -> c.name("", "Анна", "").request("запрос \uDE00\uD83D")),
                bad("huge multi-line text", ClientValidator.REQUEST, "validation.text.tooLong",
                        c -> c.name("", "Анна", "").request("абв\n".repeat(3000))),
                bad("paragraph in a line field", ClientValidator.CITY, "validation.line.tooLong",
                        c -> c.name("", "Анна", "").city("г".repeat(ClientValidator.MAX_LINE_LENGTH + 1))),
                bad("phone with letters", ClientValidator.PHONES, "validation.phone.invalid",
                        c -> c.name("", "Анна", "").contacts(phone("позвонить маме"))),
                bad("phone too short", ClientValidator.PHONES, "validation.phone.invalid",
                        c -> c.name("", "Анна", "").contacts(phone("12-34"))),
                bad("phone too long", ClientValidator.PHONES, "validation.phone.invalid",
                        c -> c.name("", "Анна", "").contacts(phone("+7 916 123 45 67 89 01 23"))),
                bad("phone with injection", ClientValidator.PHONES, "validation.phone.invalid",
                        c -> c.name("", "Анна", "").contacts(phone("1'); DROP TABLE client;--"))),
                bad("email without @", ClientValidator.EMAIL, "validation.email.invalid",
                        c -> c.name("", "Анна", "").contacts(email("anna.example.org"))),
                bad("email with two @", ClientValidator.EMAIL, "validation.email.invalid",
                        c -> c.name("", "Анна", "").contacts(email("an@na@example.org"))),
                bad("email with spaces", ClientValidator.EMAIL, "validation.email.invalid",
                        c -> c.name("", "Анна", "").contacts(email("an na@example.org"))),
                bad("email longer than 254", ClientValidator.EMAIL, "validation.email.invalid",
                        c -> c.name("", "Анна", "").contacts(email("a".repeat(250) + "@example.org"))),
                bad("birthday in the future (2999)", ClientValidator.BIRTH_DATE, "validation.birthDate.future",
                        c -> c.name("", "Анна", "").birthDate(LocalDate.of(2999, 1, 1))),
                bad("birthday in year 0001", ClientValidator.BIRTH_DATE, "validation.birthDate.tooEarly",
                        c -> c.name("", "Анна", "").birthDate(LocalDate.of(1, 1, 1))),
                bad("first contact in the future", ClientValidator.FIRST_CONTACT, "validation.firstContact.future",
                        c -> c.name("", "Анна", "").firstContact(LocalDate.of(2999, 12, 31))),
                bad("consent dated in the future", ClientValidator.CONSENT_DATE, "validation.consentDate.future",
                        c -> c.name("", "Анна", "").consents(new Consents(LocalDate.of(2999, 1, 1), false, false, false))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void save_badValue_refusedWithItsMessage_andNothingChanges(String kind, String field, String key,
            UnaryOperator<ClientBuilder> card) {
        Client bad = card.apply(new ClientBuilder()).build();

        assertThatThrownBy(() -> clients.save(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).contains(new FieldError(field, key)));
        ClearMessage.assertClear(key);
        Fingerprint.assertUnchanged(db, before);
        BadInputTally.record("form: " + kind);
    }

    static Stream<Arguments> literal() {
        return Stream.of(
                Arguments.of("SQL injection", "'); DROP TABLE client;--"),
                Arguments.of("quote and semicolon", "O'Brien; \"Ann\""),
                Arguments.of("format string", "%s %n %d %1$s {0} {}"),
                Arguments.of("JNDI lookup", "${jndi:ldap://example.org/a}"),
                Arguments.of("HTML script", "<script>alert(1)</script>"),
                Arguments.of("path traversal", "../../etc/passwd"),
                Arguments.of("right-to-left override", "Анна\u202Eанв"),
                Arguments.of("zero-width characters", "Ан\u200Bна\u200D\uFEFF"),
                Arguments.of("emoji outside the BMP", "Анна 🌸👩‍⚕️"),
                Arguments.of("combining accents (decomposed й)", "Андреи\u0306"),
                Arguments.of("SQL wildcard and LIKE escape", "100% _Анна_ \\"),
                Arguments.of("text at exactly the limit", "ж".repeat(ClientValidator.MAX_NAME_LENGTH)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("literal")
    void save_oddButLegalName_storedLiterallyAndReadBackExactly(String kind, String name) {
        Client saved = clients.save(new ClientBuilder().name(name, name, "")
                .city(name.length() <= ClientValidator.MAX_LINE_LENGTH ? name : "")
                .request(name + "\n" + name).build());

        Client back = clients.load(saved.id()).orElseThrow();
        assertThat(back.name().lastName()).isEqualTo(name.strip());
        assertThat(back.name().firstName()).isEqualTo(name.strip());
        assertThat(back.request()).isEqualTo((name + "\n" + name).strip());
        Fingerprint after = Fingerprint.of(db);
        assertThat(after.count("client")).isEqualTo(before.count("client") + 1);
        assertThat(clients.list()).hasSize(3);
        // Deleting the new card gives back the practice as it was: nothing else was touched.
        assertThat(clients.deletePermanently(saved.id(), back.name().full())).isTrue();
        Fingerprint.assertUnchanged(db, before);
        BadInputTally.record("form: " + kind);
    }

    private static Arguments bad(String kind, String field, String key, UnaryOperator<ClientBuilder> card) {
        return Arguments.of(kind, field, key, card);
    }

    private static ContactDetails phone(String typed) {
        return new ContactDetails(List.of(typed), "", "", null);
    }

    private static ContactDetails email(String typed) {
        return new ContactDetails(List.of(), typed, "", null);
    }
}
