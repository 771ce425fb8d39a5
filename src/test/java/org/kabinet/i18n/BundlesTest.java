package org.kabinet.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.GoalStatus;
import org.kabinet.model.PossibleDuplicate;
import org.kabinet.model.ProblemTag;
import org.kabinet.model.SessionFormat;
import org.kabinet.model.Sex;
import org.kabinet.model.Channel;
import org.kabinet.storage.OpenProblem;

/** Both languages say everything: the same keys, and every key the code and FXML use. */
class BundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/org/kabinet/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Plural forms differ by language (English has no "few"), so they compare by stem. */
    private static Set<String> stems(Properties p) {
        Set<String> keys = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            keys.add(key.replaceAll("\\.(one|few|many|other)$", ""));
        }
        return keys;
    }

    @Test
    void englishAndRussian_haveTheSameKeys() throws IOException {
        assertThat(stems(load("messages_ru.properties"))).isEqualTo(stems(load("messages.properties")));
    }

    @Test
    void russianPlurals_haveOneFewManyOther() throws IOException {
        Properties ru = load("messages_ru.properties");
        for (String stem : stems(ru)) {
            if (ru.containsKey(stem + ".one")) {
                assertThat(ru).containsKeys(stem + ".few", stem + ".many", stem + ".other");
            }
        }
    }

    @Test
    void everyEnumShownOnScreen_hasALabelInBothLanguages() throws IOException {
        for (Properties p : new Properties[] {load("messages.properties"), load("messages_ru.properties")}) {
            for (Enum<?>[] values : new Enum<?>[][] {ClientStatus.values(), Sex.values(), Channel.values(),
                    SessionFormat.values(), GoalStatus.values(), ProblemTag.values(),
                    PossibleDuplicate.Reason.values()}) {
                for (Enum<?> v : values) {
                    assertThat(p).containsKey(v.getDeclaringClass().getSimpleName() + "." + v.name());
                }
            }
            for (ClientStatus status : ClientStatus.values()) {
                assertThat(p).containsKey("ClientStatus.short." + status.name());
            }
            for (OpenProblem problem : OpenProblem.values()) {
                assertThat(p).containsKey(problem.messageKey());
            }
        }
    }

    @Test
    void everyKeyInTheSources_isInTheBundle() throws IOException {
        Properties en = load("messages.properties");
        Set<String> stems = stems(en);
        Pattern inJava = Pattern.compile("messages(?:\\(\\))?\\.(?:get|plural)\\(\"([a-zA-Z0-9_.]+)\"");
        Pattern inFxml = Pattern.compile("\"%([a-zA-Z0-9_.]+)\"");
        Pattern validation = Pattern.compile("\"((?:validation|storage)\\.[a-zA-Z0-9_.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = f.toString();
                if (!name.endsWith(".java") && !name.endsWith(".fxml")) {
                    continue;
                }
                String text = Files.readString(f);
                Pattern[] patterns = name.endsWith(".fxml") ? new Pattern[] {inFxml} : new Pattern[] {inJava, validation};
                for (Pattern pattern : patterns) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        // A key ending in "." is a prefix completed at run time (source.<code>).
                        if (!m.group(1).endsWith(".") && !stems.contains(m.group(1))) {
                            missing.add(m.group(1) + " in " + f.getFileName());
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
