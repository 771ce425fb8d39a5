package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kabinet.model.ClientBuilder;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.ContactDetails;
import org.kabinet.testutil.ClientBuilders;

class ClientQueryTest {

    /** Иванова Ольга Петровна: +7 (916) 123-45-67, 8 495 765 43 21, olga@example.org. */
    private static final SearchableClient OLGA = searchable(ClientBuilders.olga().id(1));
    /** Семёнова Анна Сергеевна: +7 (912) 345-67-89, anna.s@example.com. */
    private static final SearchableClient ANNA = searchable(ClientBuilders.anna().id(2));
    /** Пётр, with no phone and no email. */
    private static final SearchableClient PETR = searchable(ClientBuilders.minimal("Пётр").id(3));

    private static final List<SearchableClient> ALL = List.of(OLGA, ANNA, PETR);

    private static SearchableClient searchable(ClientBuilder card) {
        return SearchableClient.of(ClientSummary.of(card.build()), NameOrder.of(Locale.ENGLISH));
    }

    private static List<Long> matches(String typed) {
        return ALL.stream().filter(ClientQuery.of(typed)).map(SearchableClient::id).toList();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void of_nothingTyped_emptyAndMatchesAll(String typed) {
        assertThat(ClientQuery.of(typed).isEmpty()).isTrue();
        assertThat(matches(typed)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void test_partOfLastName_matches() {
        assertThat(matches("иван")).containsExactly(1L);
    }

    @Test
    void test_partOfPatronymic_matches() {
        assertThat(matches("Петр")).containsExactly(1L, 3L);
    }

    @Test
    void test_upperCase_caseInsensitive() {
        assertThat(matches("ОЛЬГА")).containsExactly(1L);
    }

    @Test
    void test_typedWithYeForStoredYo_matches() {
        assertThat(matches("семенова")).containsExactly(2L);
    }

    @Test
    void test_typedWithYoForStoredYe_matches() {
        ClientQuery query = ClientQuery.of("Семёнова");

        assertThat(query.test(searchable(ClientBuilders.minimal("Анна").name("Семенова", "Анна", ""))))
                .isTrue();
    }

    @Test
    void test_partsOfNameInAnyOrder_everyWordMustMatch() {
        assertThat(matches("ольга иван")).containsExactly(1L);
        assertThat(matches("ольга семен")).isEmpty();
    }

    @Test
    void test_partOfEmail_matches() {
        assertThat(matches("anna.s@")).containsExactly(2L);
        assertThat(matches("EXAMPLE.ORG")).containsExactly(1L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"912 345", "912345", "912-345", "8912345", "8912", "+7912", "+7 912", "8 912",
            "8 912 345", "+7 (912) 345", "+7 912 345 67 89", "8 912 345 67 89", "89123456789",
            "912 345 67 89", "345-67-89", "(912)"})
    void test_phoneTypedAnyWay_findsThatNumber(String typed) {
        assertThat(matches(typed)).containsExactly(2L);
    }

    @Test
    void test_secondPhone_matches() {
        assertThat(matches("495 765")).containsExactly(1L);
        assertThat(matches("8 495 765 43 21")).containsExactly(1L);
    }

    @Test
    void test_digitsSpanningTwoNumbers_noMatch() {
        // Olga's numbers are 9161234567 and 4957654321: "4567 495" must not join across them.
        assertThat(matches("45674957")).isEmpty();
    }

    @Test
    void test_nameAndPhone_bothMustMatch() {
        assertThat(matches("анна 912")).containsExactly(2L);
        assertThat(matches("ольга 912")).isEmpty();
    }

    @Test
    void test_numberNobodyHas_noMatch() {
        assertThat(matches("903 111 22 33")).isEmpty();
    }

    @Test
    void test_clientWithoutPhone_phoneQueryDoesNotMatch() {
        assertThat(ClientQuery.of("912").test(PETR)).isFalse();
    }

    @Test
    void test_shortDigitsInEmail_searchedAsText() {
        SearchableClient withDigits = searchable(ClientBuilders.minimal("Ира")
                .contacts(new ContactDetails(List.of(), "ira84@example.org", "", null)).id(4));

        assertThat(ClientQuery.of("84").test(withDigits)).isTrue();
        assertThat(ClientQuery.of("84").test(OLGA)).isFalse();
    }
}
