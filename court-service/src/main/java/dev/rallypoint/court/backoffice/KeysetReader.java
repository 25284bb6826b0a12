package dev.rallypoint.court.backoffice;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the ids a query selects in id order, a page at a time, keyset-paged: each page starts after
 * the last id read, never at an offset, so rows the job changes or moves away do not shift the pages.
 * The last id of the committed chunk is kept in the step's context: a restarted step goes on after it.
 * The query takes {@code :after} and {@code :limit} and selects one column, {@code id}.
 */
class KeysetReader implements ItemStreamReader<UUID> {

    private static final UUID NONE = new UUID(0, 0);

    private final JdbcClient jdbc;

    private final String sql;

    private final Map<String, Object> parameters;

    private final int pageSize;

    private final String key;

    private final Deque<UUID> page = new ArrayDeque<>();

    private UUID lastRead = NONE;

    private boolean exhausted;

    KeysetReader(JdbcClient jdbc, String name, String sql, Map<String, Object> parameters, int pageSize) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.parameters = Map.copyOf(parameters);
        this.pageSize = pageSize;
        this.key = name + ".last-id";
    }

    @Override
    public void open(ExecutionContext context) {
        if (context.containsKey(key)) {
            lastRead = UUID.fromString(context.getString(key));
        }
    }

    @Override
    public UUID read() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(jdbc.sql(sql)
                    .params(parameters)
                    .param("after", page.isEmpty() ? lastRead : page.getLast())
                    .param("limit", pageSize)
                    .query(UUID.class)
                    .list());
            exhausted = page.size() < pageSize;
        }
        UUID next = page.pollFirst();
        if (next != null) {
            lastRead = next;
        }
        return next;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(key, lastRead.toString());
    }
}
