package dev.rallypoint.user.account;

import dev.rallypoint.common.identity.Role;
import dev.rallypoint.support.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins find users, change their roles, suspend and reinstate them. */
@RestController
class AdminUserController {

    private final Accounts accounts;

    AdminUserController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/admin/users")
    PageView<Profile> search(@Valid UserSearch search, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageView.of(accounts.search(search, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt"))),
                Profile::from);
    }

    @GetMapping("/api/v1/admin/users/{id}")
    Profile get(@PathVariable UUID id) {
        return Profile.from(accounts.get(id));
    }

    @PutMapping("/api/v1/admin/users/{id}/roles")
    Profile changeRoles(Caller caller, @PathVariable UUID id, @Valid @RequestBody RoleChange change) {
        return Profile.from(accounts.changeRoles(caller.userId(), id, change.asRoles()));
    }

    @PostMapping("/api/v1/admin/users/{id}/suspension")
    Profile suspend(Caller caller, @PathVariable UUID id, @Valid @RequestBody Suspension suspension) {
        return Profile.from(accounts.suspend(caller.userId(), id, suspension.reason().strip()));
    }

    @DeleteMapping("/api/v1/admin/users/{id}/suspension")
    Profile reinstate(@PathVariable UUID id) {
        return Profile.from(accounts.reinstate(id));
    }

    /** @param roles the complete new set: MEMBER, COURT_MANAGER and/or ADMIN */
    record RoleChange(@NotEmpty @Size(max = 3) Set<@NotNull UserRole> roles) {

        Set<Role> asRoles() {
            return roles.stream().map(UserRole::role).collect(Collectors.toSet());
        }
    }

    record Suspension(@NotBlank @Size(max = 200) String reason) {
    }

    /** The roles an admin can give a user (never SERVICE). */
    enum UserRole {
        MEMBER, COURT_MANAGER, ADMIN;

        Role role() {
            return Role.valueOf(name());
        }
    }
}
