package org.kabinet.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A number followed by a fixed noun is right for some counts only ("1 сессий", "1 days"): such a
 * phrase must be a plural key (key.one, key.few …, through Messages.plural), or say the noun
 * first ("Клиентов: 3"), or, in English, write "session(s)". Units written short (мин, дн., ms)
 * do not change with the number and are let through.
 */
class CountedWordsTest {

    /** A number placeholder ({1,number,#}), then a word. */
    private static final Pattern COUNTED = Pattern.compile("\\{\\d+,number[^}]*\\}\\s+([\\p{L}]+)(\\(s\\)|\\.)?");
    /** Words that do not change with the number before them: units, and words that are no noun of it. */
    private static final Set<String> RU_LET_THROUGH = Set.of("мин", "мс", "с", "ч", "КБ", "МБ",
            "до", "этого", "таблицы");
    private static final Set<String> EN_LET_THROUGH = Set.of("ms", "min", "KB", "MB", "homework",
            "to", "and", "of", "due", "more", "planned");

    @Test
    void russian_countBeforeNoun_isAPluralKey() throws IOException {
        assertThat(fixedCounts("messages_ru.properties", RU_LET_THROUGH)).isEmpty();
    }

    @Test
    void english_countBeforeNoun_isAPluralKey() throws IOException {
        assertThat(fixedCounts("messages.properties", EN_LET_THROUGH)).isEmpty();
    }

    @Test
    void countOfTotal_russian_genitiveAfterIz() {
        Messages ru = Messages.of(Language.RU);

        assertThat(ru.plural("clients.countOfTotal", 21, 5)).isEqualTo("5 из 21 клиента");
        assertThat(ru.plural("clients.countOfTotal", 300, 241)).isEqualTo("241 из 300 клиентов");
        assertThat(ru.plural("clients.countOfTotal", 3, 1)).isEqualTo("1 из 3 клиентов");
        assertThat(Messages.of(Language.EN).plural("clients.countOfTotal", 1, 0)).isEqualTo("0 of 1 client");
    }

    private static List<String> fixedCounts(String bundle, Set<String> units) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CountedWordsTest.class.getResourceAsStream("/org/kabinet/i18n/" + bundle)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> wrong = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            if (key.matches(".*\\.(one|few|many|other)$")) {
                continue;
            }
            Matcher m = COUNTED.matcher(p.getProperty(key));
            while (m.find()) {
                boolean abbreviated = ".".equals(m.group(2));
                boolean either = "(s)".equals(m.group(2));
                if (!abbreviated && !either && !units.contains(m.group(1))) {
                    wrong.add(key + ": " + m.group());
                }
            }
        }
        wrong.sort(null);
        return wrong;
    }
}
