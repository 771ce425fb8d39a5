package org.kabinet.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kabinet.i18n.Language;
import org.kabinet.ui.help.GuideMarkdown.Block;
import org.kabinet.ui.help.GuideMarkdown.Heading;
import org.kabinet.ui.help.GuideMarkdown.Picture;

/**
 * The guides as packaged from docs/guide: both there, every picture they show there too, in
 * the guide's own language, and the two languages telling the same chapters with as many pictures.
 */
class GuideResourcesTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void guide_everyPicture_isPackagedBesideIt(Language language) {
        List<Picture> pictures = pictures(language);

        assertThat(pictures).hasSizeGreaterThanOrEqualTo(6);
        for (Picture picture : pictures) {
            assertThat(GuideResourcesTest.class.getResource(GuideWindow.FOLDER + picture.path()))
                    .as(picture.path()).isNotNull();
            assertThat(picture.path()).startsWith("img/" + language.code() + "/");
            assertThat(picture.alt()).isNotBlank();
        }
    }

    @Test
    void guides_inBothLanguages_haveTheSameChaptersAndPictures() {
        assertThat(chapters(Language.RU)).hasSameSizeAs(chapters(Language.EN)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(pictures(Language.RU)).extracting(p -> p.path().replace("/ru/", "/"))
                .containsExactlyElementsOf(pictures(Language.EN).stream()
                        .map(p -> p.path().replace("/en/", "/")).toList());
    }

    private static List<Block> blocks(Language language) {
        String text = GuideWindow.read(language);
        assertThat(text).as(GuideWindow.file(language)).isNotNull();
        return GuideMarkdown.parse(text);
    }

    static List<String> chapters(Language language) {
        return blocks(language).stream().filter(b -> b instanceof Heading h && h.level() == 2)
                .map(b -> ((Heading) b).text()).toList();
    }

    private static List<Picture> pictures(Language language) {
        return blocks(language).stream().filter(Picture.class::isInstance).map(Picture.class::cast).toList();
    }
}
