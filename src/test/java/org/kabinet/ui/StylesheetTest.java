package org.kabinet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/**
 * Kabinet's stylesheets parse without a single error, and name their colours instead of writing
 * them. JavaFX only logs a parse error and drops every rule after it, so a brace lost in a merge
 * would otherwise go unseen; and a raw colour looks right in one theme and wrong in the other.
 */
class StylesheetTest {

    /** A colour written out: #rgb/#rrggbb(aa), rgb()/rgba()/hsb(), or one of the named colours we ever used. */
    private static final Pattern RAW_COLOUR = Pattern.compile(
            "#[0-9a-fA-F]{3,8}\\b|\\b(rgba?|hsba?|hsla?)\\s*\\(|:\\s*(white|black)\\b|[,(]\\s*(white|black)\\b");
    private static final Pattern PALETTE = Pattern.compile(
            "/\\* === Palette: (light|dark) ===.*?/\\* === End of palette: \\1 === \\*/", Pattern.DOTALL);

    @Test
    void kabinetCss_parsesWithoutErrors() throws Exception {
        for (Path sheet : sheets()) {
            CssParser.errorsProperty().clear();

            new CssParser().parse(sheet.toUri().toURL());

            assertThat(CssParser.errorsProperty()).as(sheet.toString()).isEmpty();
        }
    }

    @Test
    void screenSheets_anyStylesheet_writeNoRawColour() throws Exception {
        List<String> raw = new ArrayList<>();
        for (Path sheet : sheets()) {
            if (sheet.getParent().getFileName().toString().equals("theme")) {
                continue;
            }
            rawColours(withoutComments(read(sheet))).forEach(c -> raw.add(sheet.getFileName() + ": " + c));
        }

        assertThat(raw).as("raw colours outside ui/theme; name them in the theme palettes").isEmpty();
    }

    @Test
    void themeSheets_eachTheme_writesRawColoursOnlyInItsOnePalette() throws Exception {
        for (String theme : List.of("light", "dark")) {
            String text = read(uiFolder().resolve("theme/kabinet-" + theme + ".css"));
            Matcher palettes = PALETTE.matcher(text);
            assertThat(palettes.find()).as(theme + " has a palette block").isTrue();
            assertThat(palettes.group(1)).isEqualTo(theme);
            String outside = text.substring(0, palettes.start()) + text.substring(palettes.end());
            assertThat(palettes.find()).as(theme + " has only one palette block").isFalse();

            assertThat(rawColours(withoutComments(outside))).as(theme + " outside its palette").isEmpty();
        }
    }

    @Test
    void themeSheets_bothThemes_nameTheSameColours() throws Exception {
        assertThat(namesIn("dark")).isEqualTo(namesIn("light"));
    }

    private static List<String> namesIn(String theme) throws Exception {
        Matcher palette = PALETTE.matcher(read(uiFolder().resolve("theme/kabinet-" + theme + ".css")));
        palette.find();
        Matcher name = Pattern.compile("(-[a-z0-9-]+)\\s*:").matcher(withoutComments(palette.group()));
        List<String> names = new ArrayList<>();
        while (name.find()) {
            names.add(name.group(1));
        }
        names.sort(null);
        return names;
    }

    private static List<String> rawColours(String css) {
        Matcher m = RAW_COLOUR.matcher(css);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static String withoutComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }

    private static String read(Path sheet) throws IOException {
        return Files.readString(sheet, StandardCharsets.UTF_8);
    }

    private static Path uiFolder() throws Exception {
        URL css = StylesheetTest.class.getResource("/org/kabinet/ui/kabinet.css");
        return Path.of(css.toURI()).getParent();
    }

    private static List<Path> sheets() throws Exception {
        try (Stream<Path> files = Files.walk(uiFolder())) {
            return files.filter(p -> p.toString().endsWith(".css")).sorted().toList();
        }
    }
}
