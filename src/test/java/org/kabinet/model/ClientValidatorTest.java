package org.kabinet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kabinet.testutil.TestClock.TODAY;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabinet.testutil.ClientBuilders;

class ClientValidatorTest {

    private static List<FieldError> validate(ClientBuilder card) {
        return ClientValidator.validate(card.build(), TODAY);
    }

    private static FieldError error(String field, String key) {
        return new FieldError(field, key);
    }

    @Test
    void validate_fullyFilledCard_noErrors() {
        Client card = ClientBuilders.olga().id(7).sourceId(1L).referredById(3L)
                .endReason("Переехала в другой город").build();

        assertThat(ClientValidator.validate(card, TODAY)).isEmpty();
    }

    @Test
    void validate_minimalCard_noErrors() {
        assertThat(validate(ClientBuilders.minimal("Анна"))).isEmpty();
    }

    @Test
    void validate_noFirstName_firstNameRequired() {
        assertThat(validate(ClientBuilders.olga().name("Иванова", "", "Петровна")))
                .containsExactly(error(ClientValidator.FIRST_NAME, "validation.firstName.required"));
    }

    @Test
    void validate_firstNameOnlySpaces_firstNameRequired() {
        assertThat(validate(ClientBuilders.minimal("   ")))
                .containsExactly(error(ClientValidator.FIRST_NAME, "validation.firstName.required"));
    }

    @Test
    void validate_nameLongerThanLimit_nameTooLong() {
        String longName = "а".repeat(ClientValidator.MAX_NAME_LENGTH + 1);

        assertThat(validate(ClientBuilders.olga().name(longName, "Ольга", "")))
                .containsExactly(error(ClientValidator.LAST_NAME, "validation.name.tooLong"));
    }

    @Test
    void validate_phoneWithLetters_phoneInvalid() {
        ContactDetails contacts = new ContactDetails(List.of("+7 (916) 123-45-67", "позвонить маме"),
                "", "", null);

        assertThat(validate(ClientBuilders.minimal("Анна").contacts(contacts)))
                .containsExactly(error(ClientValidator.PHONES, "validation.phone.invalid"));
    }

    @Test
    void validate_twoInvalidPhones_onePhoneError() {
        ContactDetails contacts = new ContactDetails(List.of("123", "abc"), "", "", null);

        assertThat(validate(ClientBuilders.minimal("Анна").contacts(contacts)))
                .containsExactly(error(ClientValidator.PHONES, "validation.phone.invalid"));
    }

    @Test
    void validate_emailWithoutDomainDot_emailInvalid() {
        assertThat(validate(ClientBuilders.minimal("Анна").contacts(email("anna@localhost"))))
                .containsExactly(error(ClientValidator.EMAIL, "validation.email.invalid"));
    }

    @Test
    void validate_emailWithoutAt_emailInvalid() {
        assertThat(validate(ClientBuilders.minimal("Анна").contacts(email("anna.example.org"))))
                .containsExactly(error(ClientValidator.EMAIL, "validation.email.invalid"));
    }

    @Test
    void validate_emailWithSpaceInside_emailInvalid() {
        assertThat(validate(ClientBuilders.minimal("Анна").contacts(email("anna s@example.org"))))
                .containsExactly(error(ClientValidator.EMAIL, "validation.email.invalid"));
    }

    @Test
    void validate_emailWithSubdomain_noErrors() {
        assertThat(validate(ClientBuilders.minimal("Анна").contacts(email("anna.s@mail.example.org"))))
                .isEmpty();
    }

    @Test
    void validate_birthDateTomorrow_birthDateFuture() {
        assertThat(validate(ClientBuilders.olga().birthDate(TODAY.plusDays(1))))
                .containsExactly(error(ClientValidator.BIRTH_DATE, "validation.birthDate.future"));
    }

    @Test
    void validate_birthDateToday_noErrors() {
        assertThat(validate(ClientBuilders.olga().birthDate(TODAY))).isEmpty();
    }

    @Test
    void validate_birthDateBefore1900_birthDateTooEarly() {
        assertThat(validate(ClientBuilders.olga().birthDate(LocalDate.of(1899, 12, 31))))
                .containsExactly(error(ClientValidator.BIRTH_DATE, "validation.birthDate.tooEarly"));
    }

    @Test
    void validate_birthDateFirstOf1900_noErrors() {
        assertThat(validate(ClientBuilders.olga().birthDate(LocalDate.of(1900, 1, 1)))).isEmpty();
    }

    @Test
    void validate_firstContactTomorrow_firstContactFuture() {
        assertThat(validate(ClientBuilders.olga().firstContact(TODAY.plusDays(1))))
                .containsExactly(error(ClientValidator.FIRST_CONTACT, "validation.firstContact.future"));
    }

    @Test
    void validate_consentDateTomorrow_consentDateFuture() {
        Consents consents = new Consents(TODAY.plusDays(1), true, true, false);

        assertThat(validate(ClientBuilders.olga().consents(consents)))
                .containsExactly(error(ClientValidator.CONSENT_DATE, "validation.consentDate.future"));
    }

    @Test
    void validate_savedCardReferredBySelf_referredBySelf() {
        assertThat(validate(ClientBuilders.olga().id(12).referredById(12L)))
                .containsExactly(error(ClientValidator.REFERRED_BY, "validation.referredBy.self"));
    }

    @Test
    void validate_referredByAnotherClient_noErrors() {
        assertThat(validate(ClientBuilders.olga().id(12).referredById(13L))).isEmpty();
    }

    @Test
    void validate_fourGoals_goalsTooMany() {
        List<Goal> goals = List.of(new Goal("Один", null), new Goal("Два", null),
                new Goal("Три", null), new Goal("Четыре", null));

        assertThat(validate(ClientBuilders.olga().goals(goals)))
                .containsExactly(error(ClientValidator.GOALS, "validation.goals.tooMany"));
    }

    @Test
    void validate_threeGoals_noErrors() {
        List<Goal> goals = List.of(new Goal("Один", null), new Goal("Два", null), new Goal("Три", null));

        assertThat(validate(ClientBuilders.olga().goals(goals))).isEmpty();
    }

    @Test
    void validate_bellCharacterInFirstName_controlCharacters() {
        assertThat(validate(ClientBuilders.minimal("Оль\u0007га")))
                .containsExactly(error(ClientValidator.FIRST_NAME, "validation.text.controlCharacters"));
    }

    @Test
    void validate_lineBreakInCity_controlCharacters() {
        assertThat(validate(ClientBuilders.olga().city("Мос\nква")))
                .containsExactly(error(ClientValidator.CITY, "validation.text.controlCharacters"));
    }

    @Test
    void validate_lineBreaksAndTabsInRequest_noErrors() {
        assertThat(validate(ClientBuilders.olga().request("Первое.\r\n\tВторое.\nТретье."))).isEmpty();
    }

    @Test
    void validate_nulCharacterInRequest_controlCharacters() {
        assertThat(validate(ClientBuilders.olga().request("Запрос\u0000 обрезан")))
                .containsExactly(error(ClientValidator.REQUEST, "validation.text.controlCharacters"));
    }

    @Test
    void validate_controlCharacterInGoal_controlCharacters() {
        assertThat(validate(ClientBuilders.olga().goals(List.of(new Goal("Цель\u001b", null)))))
                .containsExactly(error(ClientValidator.GOALS, "validation.text.controlCharacters"));
    }

    @Test
    void validate_cityLongerThanLine_lineTooLong() {
        assertThat(validate(ClientBuilders.olga().city("М".repeat(ClientValidator.MAX_LINE_LENGTH + 1))))
                .containsExactly(error(ClientValidator.CITY, "validation.line.tooLong"));
    }

    @Test
    void validate_severalProblems_allReportedInFormOrder() {
        ClientBuilder card = ClientBuilders.olga().name("", "", "")
                .contacts(email("not-an-email"))
                .birthDate(TODAY.plusYears(1));

        assertThat(validate(card)).extracting(FieldError::field).containsExactly(
                ClientValidator.FIRST_NAME, ClientValidator.EMAIL, ClientValidator.BIRTH_DATE);
    }

    private static ContactDetails email(String email) {
        return new ContactDetails(List.of(), email, "", null);
    }
}
