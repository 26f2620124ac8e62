package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.permits.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A finance officer imports camt.053 statements: credits that name an invoice pay it in full, in
 * part or in excess; one to an invoice already paid, one to no invoice, and one the bank booked
 * before are listed to resolve and change nothing; the same statement twice pays nothing twice.
 */
@QuarkusTest
class ReconciliationTest {
  static final String FELIX = TestTokens.withRoles("felix", "finance");

  @Test
  void aStatementPaysTheInvoicesItNamesAndListsWhatAPersonMustResolve() {
    List<Map<String, Object>> first = invoicesOfANewApplication();
    List<Map<String, Object>> second = invoicesOfANewApplication();
    String regional = (String) first.get(0).get("communication");
    String municipal = (String) first.get(1).get("communication");
    String otherRegional = (String) second.get(0).get("communication");
    String run = UUID.randomUUID().toString().substring(0, 8);

    String statement =
        statement(
            "STMT-" + run,
            entry(run + "-1", "125.00", "CRDT", structured(regional)),
            entry(run + "-2", "40.00", "CRDT", unstructured(municipal)),
            entry(run + "-3", "150.00", "CRDT", structured(otherRegional)),
            entry(run + "-4", "80.00", "CRDT", unstructured("Facture 2026/12")),
            entry(run + "-1", "125.00", "CRDT", structured(regional)),
            entry(run + "-5", "999.00", "DBIT", unstructured("Frais bancaires")));
    JsonPath report = importing(statement).statusCode(200).extract().jsonPath();
    assertEquals(
        List.of("MATCHED", "PARTIAL", "EXCESS", "UNKNOWN", "DUPLICATE"),
        report.getList("payments.outcome"),
        "the debit is not a payment");
    assertEquals(2500, report.getInt("payments[2].excessCents"));
    assertEquals(List.of("PAID", "PARTLY_PAID"), statuses(first), "paid in full, in part");
    assertEquals("PAID", statuses(second).get(0));

    // The same statement again pays nothing twice.
    assertEquals(
        List.of("DUPLICATE", "DUPLICATE", "DUPLICATE", "DUPLICATE", "DUPLICATE"),
        importing(statement).statusCode(200).extract().jsonPath().getList("payments.outcome"));
    assertEquals(List.of("PAID", "PARTLY_PAID"), statuses(first));

    // The rest of the municipal fee, then one payment too many.
    JsonPath later =
        importing(
                statement(
                    "STMT-" + run + "-b",
                    entry(run + "-6", "60.00", "CRDT", structured(municipal)),
                    entry(run + "-7", "60.00", "CRDT", structured(municipal))))
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(List.of("MATCHED", "NOT_DUE"), later.getList("payments.outcome"));
    assertEquals(List.of("PAID", "PAID"), statuses(first));

    // A person resolves what needs it, once.
    List<Map<String, Object>> open =
        given()
            .auth()
            .oauth2(FELIX)
            .get("/api/finance/payments")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("findAll { it.entryReference.startsWith('" + run + "') }");
    assertEquals(
        Map.of("PARTIAL", 1L, "EXCESS", 1L, "UNKNOWN", 1L, "NOT_DUE", 1L, "DUPLICATE", 6L),
        open.stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    p -> (String) p.get("outcome"), java.util.stream.Collectors.counting())),
        "one duplicate in the first statement, five in its second import");
    String unknown =
        (String)
            open.stream()
                .filter(p -> "UNKNOWN".equals(p.get("outcome")))
                .findFirst()
                .orElseThrow()
                .get("id");
    resolve(unknown, "Paid back to the sender on 4 December.").statusCode(200);
    resolve(unknown, "Again").statusCode(409);
    resolve(UUID.randomUUID().toString(), "Nothing").statusCode(404);
  }

  @Test
  void onlyAFinanceOfficerImportsAndOnlyAStatementIsRead() {
    given()
        .auth()
        .oauth2(Applicants.ALICE)
        .contentType(ContentType.XML)
        .body(statement("STMT-X"))
        .post("/api/finance/statements")
        .then()
        .statusCode(403);
    String entityExpansion =
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<Document><BkToCstmrStmt><Stmt><Id>&x;</Id></Stmt></BkToCstmrStmt></Document>";
    importing(entityExpansion)
        .statusCode(422)
        .body("errors[0].field", equalTo("statement"))
        .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("root:")));
    importing("<Document><Nothing/></Document>").statusCode(422);
    importing("not xml at all").statusCode(422);
  }

  private static List<Map<String, Object>> invoicesOfANewApplication() {
    String id = Applicants.createDraft(Applicants.ALICE, Samples.liegeHub());
    Applicants.submit(Applicants.ALICE, id).statusCode(200);
    List<Map<String, Object>> invoices =
        given()
            .auth()
            .oauth2(Applicants.ALICE)
            .get("/api/applications/{id}/invoices", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("");
    invoices.forEach(i -> i.put("applicationId", id));
    return invoices;
  }

  private static List<String> statuses(List<Map<String, Object>> invoices) {
    String id = (String) invoices.get(0).get("applicationId");
    return given()
        .auth()
        .oauth2(Applicants.ALICE)
        .get("/api/applications/{id}/invoices", id)
        .then()
        .extract()
        .jsonPath()
        .getList("status");
  }

  static ValidatableResponse importing(String xml) {
    return given()
        .auth()
        .oauth2(FELIX)
        .contentType(ContentType.XML)
        .body(xml)
        .post("/api/finance/statements")
        .then();
  }

  private static ValidatableResponse resolve(String id, String note) {
    return given()
        .auth()
        .oauth2(FELIX)
        .contentType(ContentType.JSON)
        .body(Map.of("note", note))
        .post("/api/finance/payments/{id}/resolution", id)
        .then();
  }

  static String statement(String id, String... entries) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>"
        + "<GrpHdr><MsgId>"
        + id
        + "</MsgId><CreDtTm>2026-12-03T18:00:00</CreDtTm></GrpHdr>"
        + "<Stmt><Id>"
        + id
        + "</Id><Acct><Id><IBAN>BE71096123456769</IBAN></Id></Acct>"
        + String.join("", entries)
        + "</Stmt></BkToCstmrStmt></Document>";
  }

  static String entry(String reference, String amount, String direction, String remittance) {
    return "<Ntry><Amt Ccy=\"EUR\">"
        + amount
        + "</Amt><CdtDbtInd>"
        + direction
        + "</CdtDbtInd>"
        + "<Sts>BOOK</Sts><BookgDt><Dt>2026-12-03</Dt></BookgDt>"
        + "<AcctSvcrRef>"
        + reference
        + "</AcctSvcrRef>"
        + "<NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Skyway Logistics Belgium SRL</Nm></Dbtr>"
        + "</RltdPties><RmtInf>"
        + remittance
        + "</RmtInf></TxDtls></NtryDtls></Ntry>";
  }

  static String structured(String communication) {
    return "<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp>"
        + "<Ref>"
        + communication.replaceAll("[^0-9]", "")
        + "</Ref></CdtrRefInf></Strd>";
  }

  static String unstructured(String text) {
    return "<Ustrd>" + text + "</Ustrd>";
  }
}
