package dev.rallypoint.user.account;

import dev.rallypoint.common.identity.Role;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Members apply to manage courts; an admin's approval grants COURT_MANAGER. */
@Component
class CourtManagerApplications {

    private final ApplicationRepository applications;

    private final Accounts accounts;

    private final Clock clock;

    CourtManagerApplications(ApplicationRepository applications, Accounts accounts, Clock clock) {
        this.applications = applications;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Files an application; a retry of the same request (a pending application with the same content)
     * answers that application again instead of a conflict.
     */
    @Transactional
    CourtManagerApplication submit(UUID accountId, String clubName, String businessNumber, String message) {
        Optional<CourtManagerApplication> retried = applications.findFirstByAccountIdOrderBySubmittedAtDesc(accountId)
                .filter(latest -> latest.isPendingWith(clubName, businessNumber, message));
        if (retried.isPresent()) {
            return retried.get();
        }
        UserAccount account = accounts.get(accountId);
        if (account.roles().contains(Role.COURT_MANAGER)
                || applications.existsByAccountIdAndStatus(accountId, ApplicationStatus.PENDING)) {
            throw new ApplicationPending();
        }
        try {
            return applications.saveAndFlush(new CourtManagerApplication(accountId, clubName, businessNumber, message, clock));
        }
        catch (DataIntegrityViolationException ex) {
            throw new ApplicationPending();
        }
    }

    @Transactional(readOnly = true)
    CourtManagerApplication latest(UUID accountId) {
        return applications.findFirstByAccountIdOrderBySubmittedAtDesc(accountId).orElseThrow(ApplicationNotFound::new);
    }

    @Transactional(readOnly = true)
    Page<CourtManagerApplication> list(ApplicationStatus status, Pageable page) {
        return status == null ? applications.findAll(page) : applications.findByStatus(status, page);
    }

    @Transactional
    CourtManagerApplication approve(UUID adminId, UUID applicationId) {
        CourtManagerApplication application = applications.findForDecision(applicationId)
                .orElseThrow(ApplicationNotFound::new);
        application.approve(adminId, clock);
        accounts.grant(application.accountId(), Role.COURT_MANAGER);
        return applications.save(application);
    }

    @Transactional
    CourtManagerApplication reject(UUID adminId, UUID applicationId, String reason) {
        CourtManagerApplication application = applications.findForDecision(applicationId)
                .orElseThrow(ApplicationNotFound::new);
        application.reject(adminId, reason, clock);
        return applications.save(application);
    }
}
