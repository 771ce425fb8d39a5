package org.kabinet.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabinet.ui.help.GuideMarkdown.Bullets;
import org.kabinet.ui.help.GuideMarkdown.Heading;
import org.kabinet.ui.help.GuideMarkdown.Paragraph;
import org.kabinet.ui.help.GuideMarkdown.Picture;
import org.kabinet.ui.help.GuideMarkdown.Span;
import org.kabinet.ui.help.GuideMarkdown.Style;

/** The guide's Markdown subset: what each kind of line becomes, and what stays plain text. */
class GuideMarkdownTest {

    @Test
    void parse_headingsOfThreeLevels_keepTheirLevelAndWords() {
        var blocks = GuideMarkdown.parse("# Руководство\n## Первый день\n### Демо-практика ##\n");

        assertThat(blocks).containsExactly(
                new Heading(1, List.of(new Span("Руководство", Style.PLAIN))),
                new Heading(2, List.of(new Span("Первый день", Style.PLAIN))),
                new Heading(3, List.of(new Span("Демо-практика", Style.PLAIN))));
    }

    @Test
    void parse_linesWithoutABlankBetween_makeOneParagraph() {
        var blocks = GuideMarkdown.parse("Kabinet keeps\nyour practice.\n\nNothing leaves.\r\n");

        assertThat(blocks).containsExactly(
                new Paragraph(List.of(new Span("Kabinet keeps your practice.", Style.PLAIN))),
                new Paragraph(List.of(new Span("Nothing leaves.", Style.PLAIN))));
    }

    @Test
    void parse_bulletsWithAWrappedLine_makeOneListOfItems() {
        var blocks = GuideMarkdown.parse("Keys:\n- `Ctrl+N` new client\n- **Esc** cancels\n  the edits\n\nDone.");

        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0)).isEqualTo(new Paragraph(List.of(new Span("Keys:", Style.PLAIN))));
        assertThat(blocks.get(1)).isEqualTo(new Bullets(List.of(
                List.of(new Span("Ctrl+N", Style.CODE), new Span(" new client", Style.PLAIN)),
                List.of(new Span("Esc", Style.BOLD), new Span(" cancels the edits", Style.PLAIN)))));
    }

    @Test
    void parse_aPictureOnItsOwnLine_isAPictureWithItsPath() {
        var blocks = GuideMarkdown.parse("Text\n![Сегодня](img/ru/today.png)\nMore");

        assertThat(blocks).containsExactly(
                new Paragraph(List.of(new Span("Text", Style.PLAIN))),
                new Picture("Сегодня", "img/ru/today.png"),
                new Paragraph(List.of(new Span("More", Style.PLAIN))));
    }

    @Test
    void spans_boldAndCodeInsideText_areStyledRuns() {
        assertThat(GuideMarkdown.spans("Press **Save** or `Ctrl+S`, then go."))
                .containsExactly(new Span("Press ", Style.PLAIN), new Span("Save", Style.BOLD),
                        new Span(" or ", Style.PLAIN), new Span("Ctrl+S", Style.CODE),
                        new Span(", then go.", Style.PLAIN));
    }

    @Test
    void spans_unclosedMarkers_stayAsTheyWere() {
        assertThat(GuideMarkdown.spans("2 ** 3 and a ` tick"))
                .containsExactly(new Span("2 ** 3 and a ` tick", Style.PLAIN));
    }

    @Test
    void spans_aLink_keepsOnlyItsWords() {
        assertThat(GuideMarkdown.plain(GuideMarkdown.spans("See [the README](../../README.md) first.")))
                .isEqualTo("See the README first.");
    }

    @Test
    void heading_text_dropsStyles() {
        Heading heading = (Heading) GuideMarkdown.parse("## Keys: `Ctrl+K`").get(0);

        assertThat(heading.text()).isEqualTo("Keys: Ctrl+K");
    }
}
