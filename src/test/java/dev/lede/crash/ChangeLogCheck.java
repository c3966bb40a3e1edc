package dev.lede.crash;

import static dev.lede.crash.Text.log;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the change log under the API, with JDBC once the process is stopped: change_event.seq is 1..N without a gap
 * and change_log_head.last_seq is N; every stored resource has events, the first "created" and the newest naming its
 * current version (never "deleted"), versions only growing; every resource the log names is stored unless its newest
 * event is "deleted".
 */
final class ChangeLogCheck {
    private static final List<String> TABLES = List.of("source", "entity", "person", "article", "quote");
    /** At most this many change-log problems are listed one by one. */
    private static final int LISTED = 30;

    private record Event(long seq, String type, String op, long version) {
    }

    private final Journal journal;
    /** Each resource id's events, in log order. */
    private final Map<String, List<Event>> eventsByResource = new HashMap<>();
    /** Each table's rows: id to version. */
    private final Map<String, Map<String, Long>> versionsByTable = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private long lastSeq;
    private long head;

    private ChangeLogCheck(Journal journal) {
        this.journal = journal;
    }

    /** Reads the log and the tables, and reports what does not match (with the server's log when anything does). */
    static void check(CrashApp app, Journal journal, Problems problems) throws SQLException {
        new ChangeLogCheck(journal).run(app, problems);
    }

    private void run(CrashApp app, Problems all) throws SQLException {
        try (Connection db = app.jdbc(); Statement sql = db.createStatement()) {
            readEvents(sql);
            readHead(sql);
            readVersions(sql);
        }
        if (head != lastSeq) {
            problems.add("change_log_head.last_seq is " + head + " but the last event is seq " + lastSeq);
        }
        int stored = checkStoredRows();
        checkNamedResources();
        log("change log: %d events, head %d, %d stored resources, %d resources named; %d problems", lastSeq, head,
                stored, eventsByResource.size(), problems.size());
        report(app, all);
    }

    private void readEvents(Statement sql) throws SQLException {
        try (ResultSet rs = sql.executeQuery(
                "SELECT seq, resource_type, op, resource_id, resource_version FROM change_event ORDER BY seq")) {
            while (rs.next()) {
                long seq = rs.getLong(1);
                if (seq != lastSeq + 1) {
                    problems.add("change_event seq " + seq + " follows " + lastSeq + " (a gap or a duplicate)");
                }
                lastSeq = seq;
                eventsByResource.computeIfAbsent(rs.getString(4), id -> new ArrayList<>())
                        .add(new Event(seq, rs.getString(2), rs.getString(3), rs.getLong(5)));
            }
        }
    }

    private void readHead(Statement sql) throws SQLException {
        try (ResultSet rs = sql.executeQuery("SELECT last_seq FROM change_log_head WHERE id = 1")) {
            head = rs.next() ? rs.getLong(1) : -1;
        }
    }

    private void readVersions(Statement sql) throws SQLException {
        for (String table : TABLES) {
            Map<String, Long> versions = new HashMap<>();
            try (ResultSet rs = sql.executeQuery("SELECT id, version FROM " + table)) {
                while (rs.next()) {
                    versions.put(rs.getString(1), rs.getLong(2));
                }
            }
            versionsByTable.put(table, versions);
        }
    }

    /** Checks the events of every stored row; answers the number of rows. */
    private int checkStoredRows() {
        int stored = 0;
        for (Map.Entry<String, Map<String, Long>> table : versionsByTable.entrySet()) {
            for (Map.Entry<String, Long> row : table.getValue().entrySet()) {
                stored++;
                checkRow(table.getKey(), row.getKey(), row.getValue());
            }
        }
        return stored;
    }

    /**
     * Every write that changes a row appends its event in the same transaction, after its flush: the newest event
     * names the row's version (a created-and-published article is stored at version 1 with "created" at 0 and
     * "published" at 1).
     */
    private void checkRow(String table, String id, long version) {
        String resource = table + " " + id + " (version " + version + ")";
        List<Event> events = eventsByResource.get(id);
        if (events == null) {
            problems.add(resource + " has no event in the change log" + writeNaming(id));
            return;
        }
        Event first = events.get(0);
        Event newest = events.get(events.size() - 1);
        if (events.stream().anyMatch(e -> !e.type().equals(table))) {
            problems.add(resource + " has events of another type: " + events);
        }
        if (!first.op().equals("created")) {
            problems.add(resource + " has no \"created\" event first: " + events);
        }
        if (newest.op().equals("deleted")) {
            problems.add(resource + " is stored but its newest event says deleted: " + events);
        }
        if (newest.version() != version) {
            problems.add(resource + ": its newest event names version " + newest.version() + ": " + events
                    + writeNaming(id));
        }
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).version() <= events.get(i - 1).version()) {
                problems.add(resource + ": versions do not grow along the log: " + events);
                break;
            }
        }
    }

    /** Every resource the log names is stored, unless its newest event is "deleted". */
    private void checkNamedResources() {
        for (Map.Entry<String, List<Event>> resource : eventsByResource.entrySet()) {
            List<Event> events = resource.getValue();
            Event newest = events.get(events.size() - 1);
            Map<String, Long> table = versionsByTable.get(newest.type());
            if ((table == null || !table.containsKey(resource.getKey())) && !newest.op().equals("deleted")) {
                problems.add("the log names " + newest.type() + " " + resource.getKey() + " (" + events
                        + ") that is not stored and not deleted" + writeNaming(resource.getKey()));
            }
        }
    }

    /** Lists the first problems, counts the rest, and adds the end of the server's log. */
    private void report(CrashApp app, Problems all) {
        List<String> listed = problems.size() > LISTED ? problems.subList(0, LISTED) : problems;
        for (String p : listed) {
            all.report("CHANGE LOG", "", p);
        }
        if (problems.size() > listed.size()) {
            all.report("CHANGE LOG", "", "... and " + (problems.size() - listed.size()) + " more");
        }
        if (!problems.isEmpty()) {
            all.addContext("the server log of the last run ends with:\n" + app.logTail(30));
        }
    }

    /** Which write's answer named this id, if one did, for the messages. */
    private String writeNaming(String id) {
        Write write = journal.writeNaming(id);
        return write == null ? "" : " (named in the answer to " + write.describe() + ")";
    }
}
