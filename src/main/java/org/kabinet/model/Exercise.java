package org.kabinet.model;

import java.util.List;

/**
 * One exercise of the homework library. A shipped exercise carries a {@code code}; its texts come
 * in the user's language until she edits it, when they are saved as her own ({@code ownTexts}).
 * {@code instructions} and {@code questions} are one step or question per line.
 */
public record Exercise(
        long id,
        String code,
        boolean ownTexts,
        String title,
        ExerciseMethod method,
        String purpose,
        String instructions,
        String duration,
        String frequency,
        String questions,
        List<String> tags,
        boolean retired) {

    public Exercise {
        title = Text.clean(title);
        purpose = purpose == null ? "" : purpose.strip();
        instructions = instructions == null ? "" : instructions.strip();
        duration = Text.clean(duration);
        frequency = Text.clean(frequency);
        questions = questions == null ? "" : questions.strip();
        tags = tags == null ? List.of() : tags.stream().map(Text::clean).filter(t -> !t.isEmpty()).distinct().toList();
        method = method == null ? ExerciseMethod.OTHER : method;
    }

    /** A new exercise of her own, to be filled in. */
    public static Exercise blank() {
        return new Exercise(0, null, true, "", ExerciseMethod.OTHER, "", "", "", "", "", List.of(), false);
    }

    public boolean isNew() {
        return id == 0;
    }

    public List<String> steps() {
        return lines(instructions);
    }

    public List<String> questionList() {
        return lines(questions);
    }

    public Exercise withId(long newId) {
        return new Exercise(newId, code, ownTexts, title, method, purpose, instructions, duration, frequency,
                questions, tags, retired);
    }

    /** The same exercise with these texts as her own. */
    public Exercise withTexts(String newTitle, String newPurpose, String newInstructions, String newDuration,
            String newFrequency, String newQuestions) {
        return new Exercise(id, code, true, newTitle, method, newPurpose, newInstructions, newDuration, newFrequency,
                newQuestions, tags, retired);
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
