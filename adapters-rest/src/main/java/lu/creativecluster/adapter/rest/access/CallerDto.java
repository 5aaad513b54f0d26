package lu.creativecluster.adapter.rest.access;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** REST DTO: the authenticated caller, as the platform sees it. */
@Schema(name = "Caller")
@JsonbPropertyOrder({"kind", "id", "name", "displayName", "roles", "scopes"})
public record CallerDto(
    @Schema(
            description = "person (signed in to the web UI) or partner (bearer token)",
            enumeration = {"person", "partner"},
            example = "partner")
        String kind,
    @Schema(
            description = "Account id of a person, token subject of a partner",
            example = "ministry-of-culture")
        String id,
    @Schema(
            description = "How the caller appears in the audit log",
            example = "partner:ministry-of-culture")
        String name,
    @Schema(description = "Name to show", example = "ministry-of-culture") String displayName,
    @Schema(description = "Roles of a person: member, staff, admin", example = "[]")
        List<String> roles,
    @Schema(description = "Scopes of a partner's token", example = "[\"audit:read\"]")
        List<String> scopes) {

  public static CallerDto from(Actor actor) {
    return new CallerDto(
        actor.kind().name().toLowerCase(Locale.ROOT),
        actor.id(),
        actor.getName(),
        actor.displayName(),
        actor.roles().stream().map(Role::code).sorted().toList(),
        actor.scopes().stream().sorted().toList());
  }
}
