package dev.rallypoint.user.account;

import com.querydsl.core.BooleanBuilder;
import com.querydsl.core.types.Predicate;
import dev.rallypoint.common.identity.Role;
import jakarta.validation.constraints.Size;

/**
 * Admin filters over accounts; every filter is optional and they combine with AND.
 *
 * @param email part of the e-mail address, any case
 * @param nickname part of the nickname, any case
 * @param role holds this role
 * @param status is in this status
 */
record UserSearch(@Size(max = 254) String email, @Size(max = 30) String nickname, Role role, AccountStatus status) {

    Predicate predicate() {
        QUserAccount account = QUserAccount.userAccount;
        BooleanBuilder where = new BooleanBuilder();
        if (email != null && !email.isBlank()) {
            where.and(account.email.containsIgnoreCase(email.strip()));
        }
        if (nickname != null && !nickname.isBlank()) {
            where.and(account.nickname.containsIgnoreCase(nickname.strip()));
        }
        if (role != null) {
            where.and(account.roles.contains(role));
        }
        if (status != null) {
            where.and(account.status.eq(status));
        }
        return where;
    }
}
