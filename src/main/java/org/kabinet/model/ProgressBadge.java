package org.kabinet.model;

/**
 * Progress as it reads at a glance wherever the client appears: "Base 7/15". The program is named
 * by its code (shown in the user's language) or by her own name for it.
 */
public record ProgressBadge(String programCode, String programName, int done, int total, EnrolmentStatus status) {
}
