package lu.creativecluster.adapter.webui.staff;

/**
 * View model: one entry of the audit log as admins read it.
 *
 * @param at when, in the page's language and Luxembourg time
 * @param datetime the same for {@code <time datetime>}
 * @param actor who: a person's name and address when the account is known, else the raw actor
 *     ({@code visitor}, {@code partner:ministry})
 * @param actorId the raw actor ({@code person:<id>}), for the tooltip
 * @param action the action in the page's language, or its code when no text exists for it
 * @param actionCode the stable code ({@code sign-in.failed})
 * @param source the client's address
 */
public record AuditRow(
    String at,
    String datetime,
    String actor,
    String actorId,
    String action,
    String actionCode,
    String target,
    String source) {}
