package lu.creativecluster.adapter.rest.impact;

import java.util.ArrayList;
import java.util.List;
import lu.creativecluster.application.port.in.impact.ImpactFigures;
import lu.creativecluster.application.port.in.impact.ImpactReport;

/**
 * REST adapter: the impact figures as CSV (RFC 4180): one row per year, then one for the whole
 * period, the flat figures only (the breakdowns by sector and country are in the JSON). The total
 * volume column is there only for staff and stats:read, so the public file has no empty column.
 */
final class ImpactCsv {

  private ImpactCsv() {}

  static String write(ImpactReport report) {
    List<String> header =
        new ArrayList<>(
            List.of(
                "period",
                "from",
                "to",
                "active_members",
                "new_members",
                "community",
                "inquiries_received",
                "inquiries_answered",
                "median_hours_to_answer",
                "projects_started",
                "project_goal",
                "public_volume_eur"));
    if (report.full()) {
      header.add("total_volume_eur");
    }
    header.addAll(
        List.of(
            "missions",
            "mission_participants",
            "partner_organisations",
            "events_held",
            "event_attendance",
            "visitors",
            "page_views",
            "average_visit_seconds"));
    StringBuilder csv = new StringBuilder(String.join(",", header)).append("\r\n");
    for (ImpactFigures year : report.years()) {
      row(csv, String.valueOf(year.period().from().getYear()), year, report.full());
    }
    row(csv, "total", report.total(), report.full());
    return csv.toString();
  }

  private static void row(StringBuilder csv, String label, ImpactFigures f, boolean full) {
    List<String> cells =
        new ArrayList<>(
            List.of(
                label,
                f.period().from().toString(),
                f.period().to().toString(),
                Long.toString(f.activeMembers()),
                Long.toString(f.newMembers()),
                Long.toString(f.community()),
                Long.toString(f.inquiriesReceived()),
                Long.toString(f.inquiriesAnswered()),
                f.medianTimeToAnswer().map(d -> ImpactDto.hours(d).toPlainString()).orElse(""),
                Long.toString(f.projectsStarted()),
                Integer.toString(f.projectGoal()),
                f.publicVolume().toString()));
    if (full) {
      cells.add(f.totalVolume().map(Object::toString).orElse(""));
    }
    cells.addAll(
        List.of(
            Long.toString(f.missions()),
            Long.toString(f.missionParticipants()),
            Long.toString(f.partnerOrganisations()),
            Long.toString(f.eventsHeld()),
            Long.toString(f.attendance()),
            Long.toString(f.visitors()),
            Long.toString(f.pageViews()),
            Long.toString(f.averageVisit().toSeconds())));
    csv.append(String.join(",", cells)).append("\r\n");
  }
}
