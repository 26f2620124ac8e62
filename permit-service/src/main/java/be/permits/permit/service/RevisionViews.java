package be.permits.permit.service;

import be.permits.contracts.EventJson;
import be.permits.contracts.RevisionDiff;
import be.permits.permit.domain.ApplicationRevision;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Revisions and their differences, as the API shows them. */
public final class RevisionViews {
  private RevisionViews() {}

  @Schema(name = "Revision")
  public record RevisionView(
      @Schema(minimum = "1", maximum = "10000") int number,
      Instant createdAt,
      ApplicationForm application) {

    public static RevisionView of(ApplicationRevision revision) {
      return new RevisionView(
          revision.number,
          revision.createdAt,
          EventJson.read(revision.form, ApplicationForm.class));
    }
  }

  @Schema(name = "RevisionSummary")
  public record RevisionSummary(
      @Schema(minimum = "1", maximum = "10000") int number, Instant createdAt) {}

  @Schema(name = "FieldChange")
  public record FieldChange(
      @Schema(maxLength = 200, description = "JSON path of the field, e.g. project.jobs")
          String field,
      @Schema(description = "Value in the earlier revision; absent if the field was empty")
          JsonNode before,
      @Schema(description = "Value in the later revision; absent if the field was emptied")
          JsonNode after) {}

  @Schema(name = "RevisionDifference")
  public record DifferenceView(
      @Schema(minimum = "1", maximum = "10000") int from,
      @Schema(minimum = "1", maximum = "10000") int to,
      @Schema(maxItems = 500) List<FieldChange> changes) {

    public static DifferenceView of(int from, int to, List<RevisionDiff.Change> changes) {
      return new DifferenceView(
          from,
          to,
          changes.stream().map(c -> new FieldChange(c.field(), c.before(), c.after())).toList());
    }
  }
}
