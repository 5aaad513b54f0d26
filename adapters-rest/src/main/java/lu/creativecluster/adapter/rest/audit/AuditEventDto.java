package lu.creativecluster.adapter.rest.audit;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import lu.creativecluster.domain.audit.AuditEvent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** REST DTO: one entry of the audit log. */
@Schema(name = "AuditEvent")
@JsonbPropertyOrder({"id", "at", "actor", "action", "target", "sourceAddress"})
public record AuditEventDto(
    @Schema(
            description = "Stable id of the entry",
            example = "0b7c3f7e-3f0e-4c1a-9a53-0d1c8f2e6b11")
        String id,
    @Schema(description = "When it happened (ISO-8601, UTC)", example = "2026-03-01T09:15:30.123Z")
        String at,
    @Schema(
            description = "Who: person:<account id>, partner:<token subject> or visitor",
            example = "person:5f1d6a1e-0a8b-4d6e-9f37-2b7d1c9e4a20")
        String actor,
    @Schema(description = "What, as a dotted code", example = "sign-in.failed") String action,
    @Schema(description = "What it was done to, may be empty", example = "someone@example.lu")
        String target,
    @Schema(description = "The client's network address, may be empty", example = "192.0.2.10")
        String sourceAddress) {

  public static AuditEventDto from(AuditEvent event) {
    return new AuditEventDto(
        event.id().toString(),
        event.at().toString(),
        event.actor(),
        event.action(),
        event.target(),
        event.sourceAddress());
  }
}
