package lu.creativecluster.application.port.in.mission;

import java.util.List;
import java.util.Objects;
import lu.creativecluster.application.port.in.member.PageInfo;

/** Read model: one page of missions and where it sits, as the member directory pages. */
public record MissionList(List<MissionSummary> items, PageInfo page) {

  public MissionList {
    items = List.copyOf(items);
    Objects.requireNonNull(page, "page");
  }
}
