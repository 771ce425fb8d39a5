package org.kabinet.logic.clientimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.model.Client;
import org.kabinet.model.ClientBuilder;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.ClientValidator;
import org.kabinet.model.ContactDetails;
import org.kabinet.model.FieldError;
import org.kabinet.model.PersonName;
import org.kabinet.model.PhoneNumbers;
import org.kabinet.model.PossibleDuplicate;
import org.kabinet.model.Sex;
import org.kabinet.model.Source;
import org.kabinet.model.Text;
import org.kabinet.storage.Transaction;

/**
 * Decides, record by record and inside one transaction, what an import does: which cards it
 * makes, which it skips as the same person as a saved client or an earlier record, which it
 * rejects and why. Imported clients are "active" (в работе): a file of her clients holds people
 * she works with; she archives the finished ones herself.
 */
final class ImportPlanner {

    private static final Pattern TIME_AFTER_DATE = Pattern.compile("^(\\S+)[ T]\\d{1,2}:\\d{2}(:\\d{2})?$");
    private static final Pattern DAY_WITHOUT_YEAR = Pattern.compile("^--\\d{2}-?\\d{2}$");
    private static final Pattern EMAIL_SEPARATORS = Pattern.compile("[,;\\s]+");

    private final Transaction tx;
    private final LocalDate today;
    private final DateFormats dates = new DateFormats(Language.RU);
    private final Map<String, Long> sourcesByName = new HashMap<>();
    private final Map<String, List<Long>> clientsByName = new HashMap<>();
    private final Map<String, Integer> linesByPhone = new HashMap<>();
    private final Map<String, Integer> linesByNameAndBirth = new HashMap<>();
    private final Map<String, Integer> linesByName = new HashMap<>();

    ImportPlanner(Transaction tx, LocalDate today) {
        this.tx = tx;
        this.today = today;
        for (Source s : tx.sources().all()) {
            if (s.hasOwnName()) {
                sourcesByName.putIfAbsent(Text.foldForSearch(s.name()), s.id());
            }
            if (s.code() != null) {
                // A built-in source is shown in her language until renamed: match either language.
                for (Language language : Language.values()) {
                    String label = Messages.of(language).get("source." + s.code());
                    sourcesByName.putIfAbsent(Text.foldForSearch(label), s.id());
                }
            }
        }
        for (ClientSummary c : tx.clients().summaries()) {
            for (String key : nameKeys(c.name())) {
                clientsByName.computeIfAbsent(key, k -> new ArrayList<>()).add(c.id());
            }
        }
    }

    ImportPlan plan(ImportTable table, ColumnMapping mapping) {
        List<ImportPlan.Step> steps = new ArrayList<>();
        table.unreadable().forEach(row -> steps.add(new ImportPlan.Step(row, "", 0)));
        for (ImportLine line : table.lines()) {
            steps.add(step(line, new RecordValues(line, mapping, table.headers().size())));
        }
        steps.sort(Comparator.comparingInt(s -> s.row().line()));
        return new ImportPlan(steps);
    }

    private ImportPlan.Step step(ImportLine line, RecordValues v) {
        int n = line.line();
        PersonName name = name(v);
        if (name.isBlank()) {
            return rejected(ImportRows.rejected(n, "clientImport.reason.noName"));
        }
        String remark = "";
        Object remarkArg = "";
        String birthText = withoutTime(v.get(ClientField.BIRTH_DATE));
        LocalDate birth = null;
        if (DAY_WITHOUT_YEAR.matcher(birthText).matches()) {
            remark = "clientImport.remark.birthdayWithoutYear";
            remarkArg = birthText;
        } else if (!birthText.isEmpty()) {
            Optional<LocalDate> parsed = dates.parse(birthText);
            if (parsed.isEmpty()) {
                return rejected(ImportRows.rejected(n, "clientImport.reason.badDate", birthText));
            }
            birth = parsed.get();
        }
        String firstText = withoutTime(v.get(ClientField.FIRST_CONTACT));
        LocalDate firstContact = null;
        if (!firstText.isEmpty()) {
            Optional<LocalDate> parsed = dates.parse(firstText);
            if (parsed.isEmpty()) {
                return rejected(ImportRows.rejected(n, "clientImport.reason.badDate", firstText));
            }
            firstContact = parsed.get();
        }
        String emailText = v.get(ClientField.EMAIL);
        // The first address of "a@b.ru; c@d.ru"; a cell of separators alone (",") has none.
        String email = java.util.Arrays.stream(EMAIL_SEPARATORS.split(emailText)).map(String::strip)
                .filter(part -> !part.isEmpty()).findFirst().orElse("");
        ClientBuilder card = new ClientBuilder().name(name).status(ClientStatus.ACTIVE)
                .contacts(new ContactDetails(v.phones(), email, v.get(ClientField.MESSENGER), null))
                .birthDate(birth).sex(sex(v.get(ClientField.SEX))).city(v.get(ClientField.CITY))
                .occupation(v.get(ClientField.OCCUPATION)).firstContact(firstContact)
                .request(v.get(ClientField.REQUEST));
        String newSource = "";
        String sourceText = v.get(ClientField.SOURCE);
        if (!sourceText.isEmpty()) {
            Long sourceId = sourcesByName.get(Text.foldForSearch(sourceText));
            if (sourceId != null) {
                card.sourceId(sourceId);
            } else {
                newSource = sourceText;
                if (remark.isEmpty()) {
                    remark = "clientImport.remark.newSource";
                    remarkArg = sourceText;
                }
            }
        }
        int referrerLine = 0;
        String referrerText = v.get(ClientField.REFERRED_BY);
        if (!referrerText.isEmpty()) {
            List<Long> saved = clientsByName.getOrDefault(Text.foldForSearch(referrerText), List.of());
            Integer earlier = linesByName.get(Text.foldForSearch(referrerText));
            if (saved.size() == 1) {
                card.referredById(saved.get(0));
            } else if (saved.isEmpty() && earlier != null) {
                referrerLine = earlier;
            } else {
                remark = "clientImport.remark.referrerNotFound";
                remarkArg = referrerText;
            }
        }
        Client client = card.build();
        Optional<ImportRow> invalid = invalid(n, client, emailText);
        if (invalid.isPresent()) {
            return rejected(invalid.get());
        }
        Optional<ImportRow> duplicate = duplicate(n, client);
        if (duplicate.isPresent()) {
            return new ImportPlan.Step(duplicate.get(), "", 0);
        }
        remember(n, client);
        ImportRow row = remark.isEmpty() ? ImportRows.imported(n, client, "")
                : ImportRows.imported(n, client, remark, remarkArg);
        return new ImportPlan.Step(row, newSource, referrerLine);
    }

    private static ImportPlan.Step rejected(ImportRow row) {
        return new ImportPlan.Step(row, "", 0);
    }

    /** Parts of the name when the file has a first name in its own column; else the full name split. */
    private static PersonName name(RecordValues v) {
        PersonName parts = new PersonName(v.get(ClientField.LAST_NAME), v.get(ClientField.FIRST_NAME),
                v.get(ClientField.PATRONYMIC));
        String full = v.get(ClientField.FULL_NAME);
        if (!parts.firstName().isEmpty() || full.isEmpty()) {
            return parts;
        }
        PersonName split = NameSplitter.split(full);
        return parts.lastName().isEmpty() ? split
                : new PersonName(parts.lastName(), split.firstName(), split.patronymic());
    }

    private Optional<ImportRow> invalid(int line, Client client, String emailText) {
        List<FieldError> errors = ClientValidator.validate(client, today);
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        FieldError error = errors.get(0);
        return Optional.of(switch (error.field()) {
            case ClientValidator.EMAIL -> ImportRows.rejected(line, "clientImport.reason.badEmail", emailText);
            case ClientValidator.PHONES -> ImportRows.rejected(line, "clientImport.reason.badPhone",
                    String.join(", ", client.contacts().phones()));
            default -> ImportRows.rejected(line, error.messageKey());
        });
    }

    private Optional<ImportRow> duplicate(int line, Client client) {
        List<PossibleDuplicate> saved = tx.clients().possibleDuplicates(client);
        if (!saved.isEmpty()) {
            return Optional.of(ImportRows.duplicate(line, client, "clientImport.reason.duplicate",
                    saved.get(0).name().full()));
        }
        for (String phone : client.contacts().phones()) {
            Integer earlier = linesByPhone.get(PhoneNumbers.nationalDigits(phone));
            if (earlier != null) {
                return Optional.of(ImportRows.duplicate(line, client, "clientImport.reason.duplicateInFile", earlier));
            }
        }
        Integer earlier = client.birthDate() == null ? null : linesByNameAndBirth.get(nameAndBirth(client));
        if (earlier != null) {
            return Optional.of(ImportRows.duplicate(line, client, "clientImport.reason.duplicateInFile", earlier));
        }
        return Optional.empty();
    }

    private void remember(int line, Client client) {
        client.contacts().phones().forEach(p -> linesByPhone.putIfAbsent(PhoneNumbers.nationalDigits(p), line));
        if (client.birthDate() != null) {
            linesByNameAndBirth.putIfAbsent(nameAndBirth(client), line);
        }
        nameKeys(client.name()).forEach(k -> linesByName.putIfAbsent(k, line));
    }

    private static String nameAndBirth(Client client) {
        return Text.foldForSearch(client.name().full()) + "|" + client.birthDate();
    }

    /** How a referrer may be written: "Иванова Анна Петровна", "Иванова Анна", "Анна Иванова". */
    private static List<String> nameKeys(PersonName name) {
        return List.of(Text.foldForSearch(name.full()),
                Text.foldForSearch(name.lastName() + " " + name.firstName()),
                Text.foldForSearch(name.firstAndLast())).stream().distinct().toList();
    }

    private static String withoutTime(String text) {
        var m = TIME_AFTER_DATE.matcher(text.strip());
        return m.matches() ? m.group(1) : text.strip();
    }

    private static Sex sex(String text) {
        String t = Text.foldForSearch(text);
        if (t.startsWith("ж") || t.startsWith("f") || t.startsWith("w")) {
            return Sex.FEMALE;
        }
        if (t.startsWith("м") || t.startsWith("m")) {
            return Sex.MALE;
        }
        return null;
    }
}
