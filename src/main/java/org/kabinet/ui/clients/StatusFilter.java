package org.kabinet.ui.clients;

import org.kabinet.model.ClientStatus;

/**
 * A choice in the list's status filter: everyone but the archive (the default: the archive is
 * where finished work rests), everyone, or one status.
 */
public record StatusFilter(ClientStatus status, boolean includeArchived) {

    public static final StatusFilter CURRENT = new StatusFilter(null, false);
    public static final StatusFilter EVERYONE = new StatusFilter(null, true);

    public static StatusFilter only(ClientStatus status) {
        return new StatusFilter(status, status == ClientStatus.ARCHIVED);
    }

    public boolean accepts(ClientStatus s) {
        if (status != null) {
            return s == status;
        }
        return includeArchived || s != ClientStatus.ARCHIVED;
    }
}
