package org.kabinet.logic.clientimport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.kabinet.export.ClientListCsv;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.model.Client;
import org.kabinet.model.Source;
import org.kabinet.storage.Database;

/**
 * The client list as a CSV file that Excel opens correctly with Cyrillic: UTF-8 with a byte
 * order mark, headers in the user's language. Call from a background thread. Its columns are
 * the card fields the import knows, so the file imports back as it is.
 */
public final class ClientListExport {

    private static final Logger LOG = Logger.getLogger(ClientListExport.class.getName());
    private static final List<String> COLUMNS = List.of("lastName", "firstName", "patronymic", "phone", "email",
            "messenger", "birthDate", "sex", "city", "occupation", "firstContact", "source", "referredBy",
            "request");

    private final Database db;

    public ClientListExport(Database db) {
        this.db = db;
    }

    /**
     * Writes the cards of {@code clientIds}, in that order, to {@code out} (all or nothing).
     *
     * @return how many clients were written
     * @throws org.kabinet.export.ExportException when the file cannot be written
     */
    public int write(List<Long> clientIds, Path out, Language language) {
        Messages messages = Messages.of(language);
        DateFormats dates = new DateFormats(language);
        List<List<String>> rows = db.read(tx -> {
            Map<Long, String> sources = new HashMap<>();
            for (Source s : tx.sources().all()) {
                sources.put(s.id(), s.hasOwnName() ? s.name() : messages.get("source." + s.code()));
            }
            Map<Long, String> referrers = new HashMap<>();
            List<List<String>> cells = new ArrayList<>();
            for (long id : clientIds) {
                Optional<Client> client = tx.clients().find(id);
                if (client.isEmpty()) {
                    continue;
                }
                Client c = client.get();
                String referrer = c.referredById() == null ? ""
                        : referrers.computeIfAbsent(c.referredById(), r -> tx.clients().find(r)
                                .map(x -> x.name().full()).orElse(""));
                cells.add(List.of(c.name().lastName(), c.name().firstName(), c.name().patronymic(),
                        String.join(", ", c.contacts().phones()), c.contacts().email(), c.contacts().messenger(),
                        dates.format(c.birthDate()), c.sex() == null ? "" : messages.get("clientList.sex." + c.sex()),
                        c.city(), c.occupation(), dates.format(c.firstContact()),
                        c.sourceId() == null ? "" : sources.getOrDefault(c.sourceId(), ""), referrer, c.request()));
            }
            return cells;
        });
        List<String> headers = COLUMNS.stream().map(k -> messages.get("clientList.header." + k)).toList();
        // Excel reads CSV with the list separator of the system's locale: ";" where the decimal
        // comma is used (Russian), "," in English locales. Anything else lands in one column.
        char delimiter = language == Language.RU ? ';' : ',';
        ClientListCsv.write(out, delimiter, headers, rows);
        LOG.info(() -> "exported the client list: " + rows.size() + " clients");
        return rows.size();
    }
}
