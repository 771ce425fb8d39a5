package org.kabinet.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.kabinet.model.AddressForm;
import org.kabinet.model.Channel;
import org.kabinet.model.Client;
import org.kabinet.model.ClientBuilder;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.Consents;
import org.kabinet.model.ContactDetails;
import org.kabinet.model.Goal;
import org.kabinet.model.GoalStatus;
import org.kabinet.model.PersonName;
import org.kabinet.model.PhoneNumbers;
import org.kabinet.model.PossibleDuplicate;
import org.kabinet.model.ProblemTag;
import org.kabinet.model.ProgressBadge;
import org.kabinet.model.SessionFormat;
import org.kabinet.model.Sex;

/** Client cards: the client row with its phones, goals, presenting problems and status history. */
public final class ClientRepository {

    private static final String COLUMNS = "last_name, first_name, patronymic, address_name, "
            + "address_formal, email, messenger, preferred_channel, birth_date, sex, city, occupation, "
            + "first_contact, source_id, referred_by, request, format, language, consent_data_date, "
            + "consent_session_messages, consent_birthday, do_not_contact, status, end_reason, "
            + "ask_next_time";

    private final Connection connection;
    private final Clock clock;

    ClientRepository(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** Saves a new card; returns it with the id it was given. */
    public Client insert(Client client) {
        String now = clock.instant().toString();
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO client (" + COLUMNS
                + ", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int next = bindColumns(st, client);
            st.setString(next, now);
            st.setString(next + 1, now);
            st.executeUpdate();
            long id = lastInsertId();
            writeParts(id, client);
            recordStatus(id, client.status(), client.endReason(), now);
            return client.withId(id);
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    /** Replaces a saved card with its edited version; a new status is added to the history. */
    public void update(Client client) {
        String now = clock.instant().toString();
        ClientStatus before = statusOf(client.id());
        StringBuilder set = new StringBuilder();
        for (String column : COLUMNS.split(", ")) {
            set.append(column).append(" = ?, ");
        }
        try (PreparedStatement st = connection.prepareStatement(
                "UPDATE client SET " + set + "updated_at = ? WHERE id = ?")) {
            int next = bindColumns(st, client);
            st.setString(next, now);
            st.setLong(next + 1, client.id());
            if (st.executeUpdate() != 1) {
                throw new StorageException("storage.clientGone", "no client " + client.id(), null);
            }
            deleteParts(client.id());
            writeParts(client.id(), client);
            if (before != client.status()) {
                recordStatus(client.id(), client.status(), client.endReason(), now);
            }
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    /** Removes a card and everything that belongs to it; clients it referred keep no link. */
    public void delete(long id) {
        try (PreparedStatement st = connection.prepareStatement("DELETE FROM client WHERE id = ?")) {
            st.setLong(1, id);
            st.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    public Optional<Client> find(long id) {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT id, " + COLUMNS + " FROM client WHERE id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(readClient(rs));
            }
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    /** Every client as a list row, in no particular order (the list sorts). */
    public List<ClientSummary> summaries() {
        return summariesOf(null);
    }

    /** One client's list row, as {@link #summaries()} makes it. */
    public Optional<ClientSummary> summary(long id) {
        List<ClientSummary> rows = summariesOf(id);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private List<ClientSummary> summariesOf(Long clientId) {
        Map<Long, List<String>> phones = phones(clientId);
        ClientActivity activity = new ClientActivity(connection);
        Map<Long, LocalDate> last = activity.lastSessions(clientId);
        Map<Long, LocalDateTime> next = activity.nextSessions(LocalDateTime.now(clock), clientId);
        Map<Long, ProgressBadge> progress = activity.progress(clientId);
        List<ClientSummary> rows = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT id, last_name, first_name, patronymic, email, status, source_id, birth_date, "
                        + "first_contact FROM client" + (clientId == null ? "" : " WHERE id = ?"))) {
            if (clientId != null) {
                st.setLong(1, clientId);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    List<String> own = phones.getOrDefault(id, List.of());
                    rows.add(new ClientSummary(id,
                            new PersonName(rs.getString("last_name"), rs.getString("first_name"),
                                    rs.getString("patronymic")),
                            own.isEmpty() ? "" : own.get(0), String.join("\n", own),
                            rs.getString("email"), Sql.getEnum(rs, "status", ClientStatus.class),
                            Sql.getLong(rs, "source_id"), Sql.getDate(rs, "birth_date"),
                            Sql.getDate(rs, "first_contact"), last.get(id), next.get(id), progress.get(id)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    /**
     * Saved clients who may be the person on this card: the same name and birth date, or a
     * phone number in common (however it was typed). The card itself is never among them.
     */
    public List<PossibleDuplicate> possibleDuplicates(Client client) {
        Map<Long, PossibleDuplicate> found = new LinkedHashMap<>();
        if (client.birthDate() != null) {
            try (PreparedStatement st = connection.prepareStatement(
                    "SELECT id, last_name, first_name, patronymic FROM client WHERE birth_date = ? AND id <> ?")) {
                st.setString(1, client.birthDate().toString());
                st.setLong(2, client.id());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        PersonName name = nameOf(rs);
                        if (name.sameAs(client.name())) {
                            found.put(rs.getLong("id"), new PossibleDuplicate(rs.getLong("id"), name,
                                    PossibleDuplicate.Reason.SAME_NAME_AND_BIRTH_DATE));
                        }
                    }
                }
            } catch (SQLException e) {
                throw SqlErrors.toStorageException(e);
            }
        }
        for (String phone : client.contacts().phones()) {
            try (PreparedStatement st = connection.prepareStatement(
                    "SELECT DISTINCT c.id, c.last_name, c.first_name, c.patronymic FROM client c "
                            + "JOIN client_phone p ON p.client_id = c.id WHERE p.digits = ? AND c.id <> ?")) {
                st.setString(1, PhoneNumbers.nationalDigits(phone));
                st.setLong(2, client.id());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        found.putIfAbsent(rs.getLong("id"), new PossibleDuplicate(rs.getLong("id"),
                                nameOf(rs), PossibleDuplicate.Reason.SAME_PHONE));
                    }
                }
            } catch (SQLException e) {
                throw SqlErrors.toStorageException(e);
            }
        }
        return List.copyOf(found.values());
    }

    /** The status a client had before their latest move to the archive, if the history says. */
    public Optional<ClientStatus> statusBeforeArchive(long id) {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT status FROM client_status_change WHERE client_id = ? AND status <> 'ARCHIVED' "
                        + "ORDER BY id DESC LIMIT 1")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(ClientStatus.valueOf(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    private int bindColumns(PreparedStatement st, Client c) throws SQLException {
        int i = 1;
        st.setString(i++, c.name().lastName());
        st.setString(i++, c.name().firstName());
        st.setString(i++, c.name().patronymic());
        st.setString(i++, c.address().name());
        st.setInt(i++, c.address().formal() ? 1 : 0);
        st.setString(i++, c.contacts().email());
        st.setString(i++, c.contacts().messenger());
        Sql.setEnum(st, i++, c.contacts().preferred());
        Sql.setDate(st, i++, c.birthDate());
        Sql.setEnum(st, i++, c.sex());
        st.setString(i++, c.city());
        st.setString(i++, c.occupation());
        Sql.setDate(st, i++, c.firstContact());
        Sql.setLong(st, i++, c.sourceId());
        Sql.setLong(st, i++, c.referredById());
        st.setString(i++, c.request());
        Sql.setEnum(st, i++, c.format());
        st.setString(i++, c.language());
        Sql.setDate(st, i++, c.consents().dataProcessingDate());
        st.setInt(i++, c.consents().sessionMessages() ? 1 : 0);
        st.setInt(i++, c.consents().birthdayGreetings() ? 1 : 0);
        st.setInt(i++, c.consents().doNotContact() ? 1 : 0);
        Sql.setEnum(st, i++, c.status());
        st.setString(i++, c.endReason());
        st.setString(i++, c.askNextTime());
        return i;
    }

    private Client readClient(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new ClientBuilder()
                .id(id)
                .name(nameOf(rs))
                .address(new AddressForm(rs.getString("address_name"), rs.getInt("address_formal") == 1))
                .contacts(new ContactDetails(phonesOf(id), rs.getString("email"),
                        rs.getString("messenger"), Sql.getEnum(rs, "preferred_channel", Channel.class)))
                .birthDate(Sql.getDate(rs, "birth_date"))
                .sex(Sql.getEnum(rs, "sex", Sex.class))
                .city(rs.getString("city"))
                .occupation(rs.getString("occupation"))
                .firstContact(Sql.getDate(rs, "first_contact"))
                .sourceId(Sql.getLong(rs, "source_id"))
                .referredById(Sql.getLong(rs, "referred_by"))
                .request(rs.getString("request"))
                .goals(goalsOf(id))
                .problems(problemsOf(id))
                .format(Sql.getEnum(rs, "format", SessionFormat.class))
                .language(rs.getString("language"))
                .consents(new Consents(Sql.getDate(rs, "consent_data_date"),
                        rs.getInt("consent_session_messages") == 1, rs.getInt("consent_birthday") == 1,
                        rs.getInt("do_not_contact") == 1))
                .status(Sql.getEnum(rs, "status", ClientStatus.class))
                .endReason(rs.getString("end_reason"))
                .askNextTime(rs.getString("ask_next_time"))
                .build();
    }

    private static PersonName nameOf(ResultSet rs) throws SQLException {
        return new PersonName(rs.getString("last_name"), rs.getString("first_name"),
                rs.getString("patronymic"));
    }

    private void writeParts(long id, Client c) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO client_phone (client_id, position, number, digits) VALUES (?, ?, ?, ?)")) {
            List<String> phones = c.contacts().phones();
            for (int i = 0; i < phones.size(); i++) {
                st.setLong(1, id);
                st.setInt(2, i + 1);
                st.setString(3, phones.get(i));
                st.setString(4, PhoneNumbers.nationalDigits(phones.get(i)));
                st.executeUpdate();
            }
        }
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO client_goal (client_id, position, text, status) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < c.goals().size(); i++) {
                st.setLong(1, id);
                st.setInt(2, i + 1);
                st.setString(3, c.goals().get(i).text());
                st.setString(4, c.goals().get(i).status().name());
                st.executeUpdate();
            }
        }
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO client_problem (client_id, problem) VALUES (?, ?)")) {
            for (ProblemTag tag : c.problems()) {
                st.setLong(1, id);
                st.setString(2, tag.name());
                st.executeUpdate();
            }
        }
    }

    private void deleteParts(long id) throws SQLException {
        for (String table : List.of("client_phone", "client_goal", "client_problem")) {
            try (PreparedStatement st = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE client_id = ?")) {
                st.setLong(1, id);
                st.executeUpdate();
            }
        }
    }

    private void recordStatus(long id, ClientStatus status, String reason, String now) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO client_status_change (client_id, status, reason, changed_at) VALUES (?, ?, ?, ?)")) {
            st.setLong(1, id);
            st.setString(2, status.name());
            st.setString(3, reason);
            st.setString(4, now);
            st.executeUpdate();
        }
    }

    private ClientStatus statusOf(long id) {
        try (PreparedStatement st = connection.prepareStatement("SELECT status FROM client WHERE id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? ClientStatus.valueOf(rs.getString(1)) : null;
            }
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    private List<String> phonesOf(long id) throws SQLException {
        List<String> phones = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT number FROM client_phone WHERE client_id = ? ORDER BY position")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    phones.add(rs.getString(1));
                }
            }
        }
        return phones;
    }

    /** Client id → phones in order, for every client or just {@code clientId}. */
    private Map<Long, List<String>> phones(Long clientId) {
        Map<Long, List<String>> phones = new java.util.HashMap<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT client_id, number FROM client_phone"
                + (clientId == null ? "" : " WHERE client_id = ?") + " ORDER BY client_id, position")) {
            if (clientId != null) {
                st.setLong(1, clientId);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    phones.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            return phones;
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    private List<Goal> goalsOf(long id) throws SQLException {
        List<Goal> goals = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT text, status FROM client_goal WHERE client_id = ? ORDER BY position")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    goals.add(new Goal(rs.getString(1), GoalStatus.valueOf(rs.getString(2))));
                }
            }
        }
        return goals;
    }

    private Set<ProblemTag> problemsOf(long id) throws SQLException {
        Set<ProblemTag> tags = EnumSet.noneOf(ProblemTag.class);
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT problem FROM client_problem WHERE client_id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    tags.add(ProblemTag.valueOf(rs.getString(1)));
                }
            }
        }
        return tags;
    }

    private long lastInsertId() throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT last_insert_rowid()");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
