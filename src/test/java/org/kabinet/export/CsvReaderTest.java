package org.kabinet.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as spreadsheets save it, and broken records reported by their line, never fatal. */
class CsvReaderTest {

    @Test
    void read_semicolonFile_choosesSemicolonAndSplitsCells() {
        CsvReader.Content c = CsvReader.read("Фамилия;Имя;Город\nИванова;Анна;Москва, центр\n");

        assertThat(c.delimiter()).isEqualTo(';');
        assertThat(c.records().get(1).cells()).containsExactly("Иванова", "Анна", "Москва, центр");
    }

    @Test
    void read_commaFileWithSemicolonsInText_choosesComma() {
        CsvReader.Content c = CsvReader.read("Name,Phone,Request\nAnna,123,a; b\nOlga,456,c; d; e\n");

        assertThat(c.delimiter()).isEqualTo(',');
        assertThat(c.records().get(2).cells()).containsExactly("Olga", "456", "c; d; e");
    }

    @Test
    void read_tabFile_choosesTab() {
        assertThat(CsvReader.read("a\tb\tc\n1\t2\t3\n").delimiter()).isEqualTo('\t');
    }

    @Test
    void read_quotedFieldWithLineBreaksAndDoubledQuotes_isOneCellAndLinesCountOn() {
        String text = "Имя,Запрос,Город\r\nАнна,\"Первая строка\r\nговорит \"\"нет\"\"\",Тверь\r\nОльга,коротко,Клин\r\n";

        CsvReader.Content c = CsvReader.read(text);

        assertThat(c.records()).extracting(CsvReader.Record::line).containsExactly(1, 2, 4);
        assertThat(c.records().get(1).cells()).containsExactly("Анна", "Первая строка\nговорит \"нет\"", "Тверь");
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void read_unclosedQuote_reportsItsLineAndReadsTheNextLines() {
        String text = "a;b;c\n1;\"never closed;3\n4;5;6\n7;8;9\n";

        CsvReader.Content c = CsvReader.read(text);

        assertThat(c.problems()).containsExactly(new CsvReader.Problem(2, CsvReader.Problem.Kind.UNCLOSED_QUOTE));
        assertThat(c.records()).extracting(CsvReader.Record::line).containsExactly(1, 3, 4);
    }

    @Test
    void read_quoteClosedByAnotherRecordsQuote_isBrokenNotSwallowingLines() {
        String text = "a;b;c\n1;\"open;3\n4;5;6\n7;\"x\";9\n";

        CsvReader.Content c = CsvReader.read(text);

        assertThat(c.problems()).extracting(CsvReader.Problem::line).containsExactly(2);
        assertThat(c.records()).extracting(CsvReader.Record::line).containsExactly(1, 3, 4);
        assertThat(c.records().get(2).cells()).containsExactly("7", "x", "9");
    }

    @Test
    void read_lineWithFarMoreCellsThanHeader_isRejectedButTrailingEmptyCellsAreNot() {
        String text = "a;b;c;d\n1;2;3;4;;;;;;\n1;2;3;4;5;6;7;8;9\n1;2;3;4;note\n";

        CsvReader.Content c = CsvReader.read(text);

        assertThat(c.problems()).containsExactly(new CsvReader.Problem(3, CsvReader.Problem.Kind.TOO_MANY_CELLS));
        assertThat(c.records()).extracting(CsvReader.Record::line).containsExactly(1, 2, 4);
    }

    @Test
    void read_blankLines_areNoRecords() {
        CsvReader.Content c = CsvReader.read("a;b\n\n;\n1;2\n");

        assertThat(c.records()).extracting(CsvReader.Record::line).containsExactly(1, 4);
    }

    @Test
    void decode_findsTheEncoding() {
        String text = "Фамилия;Имя";
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));

        assertThat(TextFile.decode(bom)).isEqualTo(new TextFile(text, "UTF-8"));
        assertThat(TextFile.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(new TextFile(text, "UTF-8"));
        assertThat(TextFile.decode(text.getBytes(Charset.forName("windows-1251"))))
                .isEqualTo(new TextFile(text, "windows-1251"));
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        assertThat(TextFile.decode(utf16)).isEqualTo(new TextFile(text, "UTF-16LE"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void parse_oneRecordLimit_stopsEarly() {
        assertThat(CsvReader.parse("a;b\n1;2\n3;4\n", ';', 1).records()).hasSize(1);
        assertThat(List.of(CsvReader.detectDelimiter("one column\nvalue\n"))).containsExactly(',');
    }
}
