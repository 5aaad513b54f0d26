package lu.creativecluster.application.port.in.mission;

import java.util.Objects;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.Slug;

/** Read model: a member named as a mission participant (only one that agreed to be listed). */
public record Participant(MemberId id, Slug slug, String displayName) {

  public Participant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(displayName, "displayName");
  }
}
