package dev.rallypoint.notification.member;

import dev.rallypoint.common.identity.Role;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The member directory, a read model of user-service's accounts: written only by its events, read to
 * address e-mail and to enumerate the members of an announcement's audience in id order.
 */
@Component
public class Members {

    private final JdbcClient jdbc;

    Members(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The known members among these ids. */
    public Map<UUID, Member> find(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, email, nickname, roles, suspended from member where id in (:ids)")
                .param("ids", ids)
                .query((row, index) -> member(row))
                .list().stream()
                .collect(Collectors.toMap(Member::id, Function.identity()));
    }

    /**
     * Up to {@code limit} active members after {@code cursor} in id order ({@code null}: from the first),
     * all of them or those with a role.
     */
    public List<UUID> activeAfter(UUID cursor, Role role, int limit) {
        return jdbc.sql("""
                select id from member
                where not suspended and (cast(:cursor as uuid) is null or id > :cursor)
                  and (cast(:role as varchar) is null or :role = any(roles))
                order by id limit :limit""")
                .param("cursor", cursor).param("role", role == null ? null : role.name()).param("limit", limit)
                .query(UUID.class)
                .list();
    }

    void registered(UUID id, String email, String nickname, Set<Role> roles, Instant at) {
        jdbc.sql("""
                insert into member (id, email, nickname, roles, suspended, registered_at)
                values (:id, :email, :nickname, cast(:roles as varchar(20)[]), false, :at)
                on conflict (id) do update set email = excluded.email, nickname = excluded.nickname, roles = excluded.roles""")
                .param("id", id).param("email", email).param("nickname", nickname).param("roles", literal(roles))
                .param("at", Timestamp.from(at))
                .update();
    }

    void rolesChanged(UUID id, Set<Role> roles) {
        jdbc.sql("update member set roles = cast(:roles as varchar(20)[]) where id = :id")
                .param("roles", literal(roles)).param("id", id)
                .update();
    }

    void suspended(UUID id) {
        jdbc.sql("update member set suspended = true where id = :id").param("id", id).update();
    }

    void forget(UUID id) {
        jdbc.sql("delete from member where id = :id").param("id", id).update();
    }

    private static String literal(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    private static Member member(ResultSet row) throws SQLException {
        Array array = row.getArray("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (array != null) {
            Arrays.stream((Object[]) array.getArray()).map(role -> Role.valueOf(role.toString())).forEach(roles::add);
        }
        return new Member(row.getObject("id", UUID.class), row.getString("email"), row.getString("nickname"), roles,
                row.getBoolean("suspended"));
    }
}
