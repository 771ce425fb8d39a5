package org.kabinet.export;

import java.util.List;

/**
 * One client's homework sheet as plain texts, ready to print: who it is for, the date, the
 * program lesson (may be empty) and the pieces of homework.
 */
public record HomeworkSheet(String clientName, String date, String lesson, List<Item> items) {

    public HomeworkSheet {
        items = List.copyOf(items);
    }

    /**
     * One piece of homework: an exercise (purpose, steps, duration, frequency, questions) or free
     * text ({@code instructions} only); {@code forYou} is her note adjusted for this client.
     */
    public record Item(String title, String purpose, List<String> steps, String duration, String frequency,
            List<String> questions, String instructions, String forYou) {

        public Item {
            steps = List.copyOf(steps);
            questions = List.copyOf(questions);
        }

        /** Free-text homework: a title and instructions, with room to answer. */
        public static Item freeText(String title, String instructions) {
            return new Item(title, "", List.of(), "", "", List.of(), instructions, "");
        }
    }

    /** The words on the sheet, in the sheet's language. */
    public record Labels(String title, String client, String date, String lesson, String steps,
            String duration, String frequency, String answers, String forYou, String notes) {
    }
}
