package be.permits.review.web;

import be.permits.contracts.Agency;
import be.permits.review.ledger.ApplicationProofs;
import be.permits.review.ledger.AuditTrail;
import be.permits.review.ledger.LedgerKeys;
import be.permits.review.ledger.LedgerSearch;
import be.permits.review.service.AuditDirectory;
import be.permits.support.http.Downloads;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import be.permits.support.time.SuiteTime;
import be.permits.support.web.FormState;
import be.permits.support.web.Option;
import be.permits.support.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The auditor console: search the ledger, read an application's timeline, verify the chain and
 * download sealed exports. Read-only; every query is recorded in the ledger.
 */
@Path("/audit")
@RolesAllowed(Roles.AUDITOR)
@Produces(MediaType.TEXT_HTML)
public class AuditPages {
  private static final int PAGE = 100;
  private static final int MAX_REFERENCE = 40;

  @Inject AuditTrail trail;
  @Inject CurrentCaller caller;
  @Inject PageContext page;
  @Inject AuditDirectory directory;
  @Inject LedgerKeys keys;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance search(
        FormState form,
        AuditSearchView found,
        List<Option> agencies,
        List<Option> actions,
        List<Option> orders);

    static native TemplateInstance timeline(
        UUID applicationId,
        String reference,
        List<AuditRow> entries,
        ApplicationProofs.Status proof);

    static native TemplateInstance verification(AuditTrail.Verification result);
  }

  @GET
  @Operation(hidden = true)
  public Response search(
      @RestQuery String actor,
      @RestQuery String reference,
      @RestQuery String agency,
      @RestQuery String action,
      @RestQuery String from,
      @RestQuery String to,
      @RestQuery String order,
      @RestQuery Long after,
      @RestQuery Long before) {
    LedgerSearch.Order chosenOrder =
        LedgerSearch.Order.OLDEST.name().equalsIgnoreCase(order)
            ? LedgerSearch.Order.OLDEST
            : LedgerSearch.Order.NEWEST;
    FormState form =
        FormState.posted(
            Map.of(
                "actor", listOf(actor),
                "reference", listOf(reference),
                "agency", listOf(agency),
                "action", listOf(action),
                "from", listOf(from),
                "to", listOf(to),
                "order", List.of(chosenOrder.name())));
    // A page link leaves out empty fields; its order or cursor still makes it a search.
    boolean searched =
        order != null
            || after != null
            || before != null
            || actor != null
            || reference != null
            || agency != null
            || action != null
            || from != null
            || to != null;
    String who = form.text("actor");
    Agency whichAgency = form.choice("agency", Agency.class);
    String what = form.text("action");
    LocalDate fromDay = form.date("from");
    LocalDate toDay = form.date("to");
    if (who != null && who.length() > LedgerSearch.Criteria.MAX_ACTOR) {
      form.reject("actor", "too_long", String.valueOf(LedgerSearch.Criteria.MAX_ACTOR));
    }
    String ref = form.text("reference");
    UUID application = null;
    if (ref != null && ref.length() > MAX_REFERENCE) {
      form.reject("reference", "too_long", String.valueOf(MAX_REFERENCE));
    } else if (ref != null) {
      application = directory.applicationWithReference(ref).orElse(null);
      if (application == null) {
        form.reject("reference", "unknown_reference", null);
      }
    }
    if (what != null && !AuditChoices.ACTIONS.contains(what)) {
      form.reject("action", "choice", null);
    }
    if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
      form.reject("to", "date_order", null);
    }
    AuditChoices choices = AuditChoices.in(page.lang());
    if (!searched || form.hasProblems()) {
      return Response.status(form.hasProblems() ? 422 : 200)
          .entity(
              page.render(
                  Templates.search(
                      form, null, choices.agencies(), choices.actions(), choices.orders())))
          .build();
    }
    // One cursor at a time: the entries before the first shown, or after the last.
    boolean backwards = before != null && before > 0;
    long cursor = backwards ? before : after == null || after < 0 ? 0 : after;
    LedgerSearch.Found found =
        trail.search(
            caller.get(),
            new LedgerSearch.Criteria(
                who == null ? List.of() : directory.subjectsNamed(who),
                application,
                whichAgency == null ? null : whichAgency.name(),
                what,
                fromDay == null ? null : startOf(fromDay),
                toDay == null ? null : startOf(toDay.plusDays(1))),
            new LedgerSearch.Window(chosenOrder, cursor, backwards, PAGE));
    Map<String, String> query = new LinkedHashMap<>();
    for (String name : List.of("actor", "reference", "agency", "action", "from", "to", "order")) {
      query.put(name, form.value(name));
    }
    AuditSearchView view =
        AuditSearchView.of(found, AuditRow.of(found.entries(), directory), query);
    return Response.ok(
            page.render(
                Templates.search(
                    form, view, choices.agencies(), choices.actions(), choices.orders())))
        .build();
  }

  @GET
  @Path("/applications/{id}")
  @Operation(hidden = true)
  public TemplateInstance timeline(@PathParam("id") UUID id) {
    AuditTrail.ProvenTimeline timeline = trail.provenTimeline(caller.get(), id);
    List<AuditRow> rows = AuditRow.of(timeline.entries(), directory);
    String reference = directory.referencesOf(List.of(id)).get(id);
    return page.render(Templates.timeline(id, reference, rows, timeline.proof()));
  }

  /**
   * One application's history, to take away: each entry with its inclusion proof against the latest
   * witnessed checkpoint, verifiable offline with the keys below.
   */
  @GET
  @Path("/applications/{id}/export")
  @Produces("application/jsonl")
  @Operation(hidden = true)
  public Response exportApplication(@PathParam("id") UUID id) {
    AuditTrail.Export export = trail.applicationExport(caller.get(), id);
    return Downloads.ofText(export.body(), export.mediaType(), export.fileName());
  }

  /** The public keys of the ledger and its witnesses, as the offline verifier reads them. */
  @GET
  @Path("/keys")
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(hidden = true)
  public Response keys() {
    return Downloads.ofText(keys.asKeyFile(), MediaType.TEXT_PLAIN, "ledger-keys.txt");
  }

  @GET
  @Path("/verify")
  @Operation(hidden = true)
  public TemplateInstance verify() {
    return page.render(Templates.verification(trail.verify(caller.get(), 1, Long.MAX_VALUE)));
  }

  /** The sealed export, as the API gives it, downloaded from the console. */
  @GET
  @Path("/export")
  @Produces({"application/jsonl", "text/csv"})
  @Operation(hidden = true)
  public Response export(@RestQuery String format) {
    AuditTrail.Export export =
        trail.export(
            caller.get(),
            "csv".equals(format) ? AuditTrail.Format.CSV : AuditTrail.Format.JSONL,
            1,
            Long.MAX_VALUE);
    return Downloads.ofText(export.body(), export.mediaType(), export.fileName());
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(SuiteTime.ZONE).toInstant();
  }

  private static List<String> listOf(String value) {
    return value == null ? List.of() : List.of(value);
  }
}
