package dev.rallypoint.user.account;

/** Where an account stands; only an active account may sign in or refresh its tokens. */
public enum AccountStatus {

    ACTIVE,

    /** Blocked by an admin until reinstated; its sessions were revoked. */
    SUSPENDED,

    /** Closed by its owner; the personal data is erased and the account never signs in again. */
    WITHDRAWN
}
