package be.permits.review.api;

import be.permits.review.ledger.ApplicationProofs;
import be.permits.review.ledger.AuditTrail;
import be.permits.review.ledger.Checkpoints;
import be.permits.review.ledger.LedgerKeys;
import be.permits.review.ledger.LedgerProofs;
import be.permits.support.http.Downloads;
import be.permits.support.refusal.Refusal;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What makes the ledger hold against its own operators, for auditors: signed and witnessed
 * checkpoints of its Merkle tree, inclusion and consistency proofs (RFC 9162), an application's
 * history with a proof for each entry, and the public keys to check them with.
 */
@Path("/api/audit")
@Tag(name = "Audit")
@RolesAllowed(Roles.AUDITOR)
@Produces(MediaType.APPLICATION_JSON)
public class LedgerProofResource {
  @Inject LedgerProofs proofs;
  @Inject Checkpoints checkpoints;
  @Inject AuditTrail trail;
  @Inject LedgerKeys keys;
  @Inject CurrentCaller caller;

  @GET
  @Path("/checkpoints/latest")
  @Operation(summary = "The latest checkpoint of the ledger, with the witnesses' cosignatures")
  @APIResponse(responseCode = "200", description = "The checkpoint")
  @APIResponse(responseCode = "404", description = "The ledger is empty")
  public LedgerProofs.CheckpointView latest() {
    return proofs.latest().orElseThrow(Refusal::notFound);
  }

  @POST
  @Path("/checkpoints")
  @Operation(
      summary =
          "Sign a checkpoint of every entry now (the latest, if it covers them all already);"
              + " witnesses cosign it within seconds")
  @APIResponse(responseCode = "200", description = "The checkpoint")
  @APIResponse(responseCode = "404", description = "The ledger is empty")
  public LedgerProofs.CheckpointView sign() {
    return checkpoints.signOnDemand().orElseThrow(Refusal::notFound);
  }

  @GET
  @Path("/proofs/inclusion")
  @Operation(summary = "The inclusion proof of an entry in the tree of a given size")
  @APIResponse(responseCode = "200", description = "The proof")
  @APIResponse(responseCode = "404", description = "No such entry in a tree of that size")
  public LedgerProofs.InclusionProof inclusion(
      @QueryParam("seq") @NotNull @Min(1) @Max(Long.MAX_VALUE) Long seq,
      @Parameter(description = "The tree's size; the current one when absent")
          @QueryParam("treeSize")
          @Min(1)
          @Max(Long.MAX_VALUE)
          Long treeSize) {
    return proofs.inclusion(seq, treeSize);
  }

  @GET
  @Path("/proofs/consistency")
  @Operation(summary = "The consistency proof between two sizes of the tree")
  @APIResponse(responseCode = "200", description = "The proof")
  @APIResponse(responseCode = "404", description = "The tree has not reached that size")
  public LedgerProofs.ConsistencyProof consistency(
      @QueryParam("from") @NotNull @Min(1) @Max(Long.MAX_VALUE) Long from,
      @QueryParam("to") @NotNull @Min(1) @Max(Long.MAX_VALUE) Long to) {
    return proofs.consistency(from, to);
  }

  @GET
  @Path("/applications/{id}/proof")
  @Operation(summary = "Whether an application's history is proven against a witnessed checkpoint")
  @APIResponse(responseCode = "200", description = "The proof's state")
  public ApplicationProofs.Status proof(@PathParam("id") UUID id) {
    return trail.provenTimeline(caller.get(), id).proof();
  }

  @GET
  @Path("/applications/{id}/export")
  @Produces("application/jsonl")
  @Operation(
      summary =
          "An application's history, each entry with its inclusion proof against the latest"
              + " witnessed checkpoint; verifiable offline with tools/VerifyLedgerExport.java")
  @APIResponse(
      responseCode = "200",
      description = "The export",
      content =
          @Content(
              mediaType = "application/jsonl",
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                      maxLength = 100_000_000)))
  public Response export(@PathParam("id") UUID id) {
    AuditTrail.Export export = trail.applicationExport(caller.get(), id);
    return Downloads.ofText(export.body(), export.mediaType(), export.fileName());
  }

  @GET
  @Path("/keys")
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(
      summary =
          "The public keys of the ledger (current and earlier) and of its witnesses, one per line,"
              + " as the offline verifier reads them")
  @APIResponse(
      responseCode = "200",
      description = "The keys",
      content =
          @Content(
              mediaType = MediaType.TEXT_PLAIN,
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                      maxLength = 10_000)))
  public Response keys() {
    return Downloads.ofText(keys.asKeyFile(), MediaType.TEXT_PLAIN, "ledger-keys.txt");
  }
}
