package org.kabinet.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small part of Markdown the user guide is written in, read into blocks: headings (#, ##,
 * ###), paragraphs, bullet lists, pictures on a line of their own, and within text bold and
 * inline code. Anything else stays as plain text, so a stray character never loses words.
 */
public final class GuideMarkdown {

    /** How a piece of text looks. */
    public enum Style { PLAIN, BOLD, CODE }

    /** A run of text in one style. */
    public record Span(String text, Style style) {
    }

    /** One block of the guide, top to bottom. */
    public sealed interface Block permits Heading, Paragraph, Bullets, Picture {
    }

    /** A heading: level 1 is the guide's title, level 2 a chapter, level 3 a section. */
    public record Heading(int level, List<Span> spans) implements Block {
        /** The heading's words, without styles (the contents list shows them). */
        public String text() {
            return plain(spans);
        }
    }

    /** Lines of text that belong together. */
    public record Paragraph(List<Span> spans) implements Block {
    }

    /** A bullet list: one list of spans per item. */
    public record Bullets(List<List<Span>> items) implements Block {
    }

    /** A picture, its path relative to the guide's own folder (img/ru/today.png). */
    public record Picture(String alt, String path) implements Block {
    }

    private static final Pattern HEADING = Pattern.compile("^(#{1,3})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s{0,3}[-*]\\s+(.*)$");
    private static final Pattern PICTURE = Pattern.compile("^!\\[([^\\]]*)\\]\\(([^)\\s]+)\\)$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");

    private GuideMarkdown() {
    }

    /** The blocks of {@code markdown}, in order. */
    public static List<Block> parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        List<StringBuilder> items = new ArrayList<>();
        for (String raw : markdown.replace("\r", "").split("\n", -1)) {
            String line = raw.strip();
            Matcher heading = HEADING.matcher(line);
            Matcher bullet = BULLET.matcher(raw);
            Matcher picture = PICTURE.matcher(line);
            if (line.isEmpty() || heading.matches() || picture.matches() || bullet.matches()) {
                flush(blocks, paragraph, items, !bullet.matches() || line.isEmpty());
            }
            if (line.isEmpty()) {
                continue;
            }
            if (heading.matches()) {
                blocks.add(new Heading(heading.group(1).length(), spans(heading.group(2))));
            } else if (picture.matches()) {
                blocks.add(new Picture(picture.group(1), picture.group(2)));
            } else if (bullet.matches()) {
                items.add(new StringBuilder(bullet.group(1).strip()));
            } else if (!items.isEmpty()) {
                // A wrapped line of a bullet item continues that item.
                items.get(items.size() - 1).append(' ').append(line);
            } else {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
            }
        }
        flush(blocks, paragraph, items, true);
        return blocks;
    }

    /** Ends the paragraph being read, and the list too when {@code endList}. */
    private static void flush(List<Block> blocks, StringBuilder paragraph, List<StringBuilder> items,
            boolean endList) {
        if (paragraph.length() > 0) {
            blocks.add(new Paragraph(spans(paragraph.toString())));
            paragraph.setLength(0);
        }
        if (endList && !items.isEmpty()) {
            blocks.add(new Bullets(items.stream().map(item -> spans(item.toString())).toList()));
            items.clear();
        }
    }

    /** The styled runs of one line: **bold**, `code`, and [links](…) read as their words. */
    static List<Span> spans(String text) {
        String line = LINK.matcher(text).replaceAll("$1");
        List<Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            int end;
            if (line.startsWith("**", i) && (end = line.indexOf("**", i + 2)) > i + 2) {
                add(spans, plain);
                spans.add(new Span(line.substring(i + 2, end), Style.BOLD));
                i = end + 2;
            } else if (line.charAt(i) == '`' && (end = line.indexOf('`', i + 1)) > i + 1) {
                add(spans, plain);
                spans.add(new Span(line.substring(i + 1, end), Style.CODE));
                i = end + 1;
            } else {
                plain.append(line.charAt(i));
                i++;
            }
        }
        add(spans, plain);
        return spans;
    }

    private static void add(List<Span> spans, StringBuilder plain) {
        if (plain.length() > 0) {
            spans.add(new Span(plain.toString(), Style.PLAIN));
            plain.setLength(0);
        }
    }

    /** The words of {@code spans} without their styles. */
    public static String plain(List<Span> spans) {
        StringBuilder text = new StringBuilder();
        spans.forEach(span -> text.append(span.text()));
        return text.toString();
    }
}
