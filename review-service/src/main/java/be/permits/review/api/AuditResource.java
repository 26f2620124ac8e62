package be.permits.review.api;

import be.permits.contracts.Agency;
import be.permits.review.ledger.AuditTrail;
import be.permits.review.ledger.AuditTrail.Verification;
import be.permits.review.ledger.EntryView;
import be.permits.review.ledger.LedgerSearch;
import be.permits.support.http.Downloads;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit ledger for auditors, read-only: an application's timeline across all services,
 * searches, verification of the hash chain, and sealed exports. Each query is itself recorded.
 */
@Path("/api/audit")
@Tag(name = "Audit")
@RolesAllowed(Roles.AUDITOR)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  @Inject AuditTrail trail;
  @Inject CurrentCaller caller;

  @Schema(name = "LedgerPage")
  public record Page(
      @Schema(maxItems = 500) List<EntryView> entries,
      @Schema(
              minimum = "1",
              maximum = "9223372036854775807",
              description = "Pass as afterSeq for the next page; null at the end")
          Long next,
      @Schema(
              minimum = "0",
              maximum = "10000",
              description = "How many entries match, counted up to 10,000")
          long total,
      @Schema(description = "False when more entries match than total says") boolean totalExact) {}

  @GET
  @Path("/applications/{id}")
  @Operation(summary = "Everything that happened to one application, across all services")
  @APIResponse(
      responseCode = "200",
      description = "The timeline, oldest first",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = EntryView.class,
                      maxItems = 10000)))
  public List<EntryView> timeline(@PathParam("id") UUID id) {
    return trail.timeline(caller.get(), id);
  }

  @GET
  @Path("/entries")
  @Operation(summary = "Search the ledger by actor, agency, action and time, page by page")
  @APIResponse(responseCode = "200", description = "One page of entries")
  public Page search(
      @QueryParam("actor") @Size(max = LedgerSearch.Criteria.MAX_ACTOR) String actor,
      @Parameter(description = "Only entries about this application") @QueryParam("application")
          UUID application,
      @QueryParam("agency") @Size(max = 30) @Pattern(regexp = Agency.PATTERN) String agency,
      @QueryParam("action") @Size(max = LedgerSearch.Criteria.MAX_ACTION) String action,
      @QueryParam("from") Instant from,
      @QueryParam("to") Instant to,
      @Parameter(description = "oldest (the default) or newest first")
          @QueryParam("order")
          @DefaultValue("oldest")
          @Size(max = 6)
          @Pattern(regexp = "oldest|newest")
          String order,
      @Parameter(description = "The last entry of the page before, in the order asked")
          @QueryParam("afterSeq")
          @DefaultValue("0")
          @Min(0)
          @Max(Long.MAX_VALUE)
          long afterSeq,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
    LedgerSearch.Found found =
        trail.search(
            caller.get(),
            new LedgerSearch.Criteria(
                actor == null ? List.of() : List.of(actor), application, agency, action, from, to),
            new LedgerSearch.Window(
                "newest".equals(order) ? LedgerSearch.Order.NEWEST : LedgerSearch.Order.OLDEST,
                afterSeq,
                false,
                limit));
    List<EntryView> entries = found.entries();
    return new Page(
        entries,
        found.hasAfter() && !entries.isEmpty() ? entries.get(entries.size() - 1).seq() : null,
        found.total(),
        found.totalExact());
  }

  @GET
  @Path("/verify")
  @Operation(
      summary = "Recompute the hash chain, all of it or a range; names the first broken entry")
  @APIResponse(responseCode = "200", description = "The verification")
  public Verification verify(
      @QueryParam("fromSeq") @DefaultValue("1") @Min(1) @Max(Long.MAX_VALUE) long fromSeq,
      @QueryParam("toSeq") @Min(1) @Max(Long.MAX_VALUE) Long toSeq) {
    return trail.verify(caller.get(), fromSeq, toSeq == null ? Long.MAX_VALUE : toSeq);
  }

  @GET
  @Path("/export")
  @Produces({"application/jsonl", "text/csv"})
  @Operation(
      summary =
          "A sealed export (JSON Lines or CSV) carrying the chain hashes, ending with its head"
              + " hash and entry count; verifiable offline with tools/VerifyLedgerExport.java")
  @APIResponse(responseCode = "200", description = "The export")
  public Response export(
      @QueryParam("format")
          @DefaultValue("jsonl")
          @Size(max = 5)
          @Pattern(regexp = AuditTrail.Format.PATTERN)
          String format,
      @QueryParam("fromSeq") @DefaultValue("1") @Min(1) @Max(Long.MAX_VALUE) long fromSeq,
      @QueryParam("toSeq") @Min(1) @Max(Long.MAX_VALUE) Long toSeq) {
    AuditTrail.Export export =
        trail.export(
            caller.get(),
            AuditTrail.Format.valueOf(format.toUpperCase(Locale.ROOT)),
            fromSeq,
            toSeq == null ? Long.MAX_VALUE : toSeq);
    return Downloads.ofText(export.body(), export.mediaType(), export.fileName());
  }
}
