package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.EventType;
import be.permits.contracts.Topics;
import be.permits.review.ledger.ChainCheck;
import be.permits.review.ledger.LedgerEntry;
import be.permits.review.ledger.LedgerHash;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The audit ledger: every event once, a chain that any tampering breaks, a database that refuses
 * changes, auditors who can only read, and exports that verify without the database.
 */
@QuarkusTest
class AuditLedgerTest {
  static final String AUDREY = TestTokens.withRoles("audrey", "auditor");

  @Inject EntityManager em;

  @Test
  void everyEventTypeLandsInTheLedgerExactlyOnce() {
    UUID applicationId = UUID.randomUUID();
    List<UUID> ids = new ArrayList<>();
    List<EventType> applicationTypes =
        Arrays.stream(EventType.values()).filter(EventType::aboutAnApplication).toList();
    for (EventType type : applicationTypes) {
      UUID id = UUID.randomUUID();
      ids.add(id);
      String data = "{\"note\":\"" + type.type() + "\"}";
      // Who acted, in which capacity and for which agency, as the event states it.
      for (int copy = 0; copy < 2; copy++) {
        KafkaEvents.publishAs(
            type.topic(), applicationId.toString(), type.type(), data, id, "reviewer", "CUSTOMS");
      }
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(AUDREY)
                    .get("/api/audit/applications/{id}", applicationId)
                    .then()
                    .statusCode(200)
                    // Each look at the timeline is in it too, as an audit query without event.
                    .body("findAll { it.eventId != null }.size()", equalTo(applicationTypes.size()))
                    .body("action", hasItem("audit.timeline")));
    given()
        .auth()
        .oauth2(AUDREY)
        .get("/api/audit/applications/{id}", applicationId)
        .then()
        .body("action", hasItem("review.step-overdue.v1"))
        .body("findAll { it.eventId != null }.actorRole", everyItem(equalTo("reviewer")))
        .body("findAll { it.eventId != null }.actorAgency", everyItem(equalTo("CUSTOMS")))
        .body("eventId", hasItem(ids.get(0).toString()));
    given()
        .auth()
        .oauth2(AUDREY)
        .queryParam("agency", "CUSTOMS")
        .queryParam("from", Instant.now().minusSeconds(3600).toString())
        .queryParam("to", Instant.now().plusSeconds(3600).toString())
        .queryParam("limit", 500)
        .get("/api/audit/entries")
        .then()
        .statusCode(200)
        .body("entries.eventId", hasItem(ids.get(0).toString()));
    given()
        .auth()
        .oauth2(AUDREY)
        .queryParam("agency", "CUSTOMS")
        .queryParam("to", Instant.now().minusSeconds(3600).toString())
        .get("/api/audit/entries")
        .then()
        .body("entries.eventId", not(hasItem(ids.get(0).toString())));
    // The audit query itself is in the ledger.
    given()
        .auth()
        .oauth2(AUDREY)
        .queryParam("action", "audit.timeline")
        .queryParam("actor", "sub-audrey")
        .get("/api/audit/entries")
        .then()
        .statusCode(200)
        .body("entries.size()", org.hamcrest.Matchers.greaterThan(0));
    given()
        .auth()
        .oauth2(AUDREY)
        .get("/api/audit/verify")
        .then()
        .statusCode(200)
        .body("valid", equalTo(true));
  }

  /**
   * The ledger appends a batch of records in one transaction; one record it cannot append (its
   * subject is no application id) goes to the dead-letter topic, and the good ones beside it in the
   * same batch are each appended once.
   */
  @Test
  void aBadRecordInABatchIsSetAsideAndTheOthersAreAppendedOnce() {
    UUID applicationId = UUID.randomUUID();
    String type = EventType.NOTIFICATION_SENT.type();
    String data = "{\"note\":\"batch\"}";
    List<UUID> good = new ArrayList<>();
    List<KafkaEvents.RawEvent> batch = new ArrayList<>();
    UUID bad = UUID.randomUUID();
    for (int i = 0; i < 20; i++) {
      UUID id = UUID.randomUUID();
      good.add(id);
      batch.add(new KafkaEvents.RawEvent(applicationId.toString(), type, data, id, null));
      if (i == 10) {
        batch.add(new KafkaEvents.RawEvent("not-an-application", type, data, bad, null));
      }
    }
    KafkaEvents.publishTogether(Topics.NOTIFICATION_EVENTS, batch);

    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                KafkaEvents.readAll(Topics.deadLetter(Topics.NOTIFICATION_EVENTS)).stream()
                    .anyMatch(e -> bad.toString().equals(e.id())));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> assertEquals(good.size(), entriesWithEvents(good), "each good one, once"));
    // Redelivered, five of them are not appended again; a new event after them shows they were
    // read.
    UUID marker = UUID.randomUUID();
    List<KafkaEvents.RawEvent> again = new ArrayList<>(batch.subList(0, 5));
    again.add(new KafkaEvents.RawEvent(applicationId.toString(), type, data, marker, null));
    KafkaEvents.publishTogether(Topics.NOTIFICATION_EVENTS, again);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertEquals(1, entriesWithEvents(List.of(marker))));
    assertEquals(good.size(), entriesWithEvents(good), "no good one twice");
    assertEquals(0, entriesWithEvents(List.of(bad)), "the bad one is not in the ledger");
    given().auth().oauth2(AUDREY).get("/api/audit/verify").then().body("valid", equalTo(true));
  }

  private long entriesWithEvents(List<UUID> eventIds) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createQuery(
                        "SELECT count(e) FROM LedgerEntry e WHERE e.eventId IN :ids", Long.class)
                    .setParameter("ids", eventIds)
                    .getSingleResult());
  }

  @Test
  void theDatabaseRefusesToChangeOrDeleteAnEntry() {
    given().auth().oauth2(AUDREY).get("/api/audit/verify").then().statusCode(200);
    assertThrows(
        Exception.class,
        () ->
            QuarkusTransaction.requiringNew()
                .run(
                    () ->
                        em.createNativeQuery("UPDATE ledger_entry SET actor = 'mallory'")
                            .executeUpdate()));
    assertThrows(
        Exception.class,
        () ->
            QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("DELETE FROM ledger_entry").executeUpdate()));
    given().auth().oauth2(AUDREY).get("/api/audit/verify").then().body("valid", equalTo(true));
  }

  @Test
  void auditorsOnlyReadAndOnlyAuditorsRead() {
    given().auth().oauth2(AUDREY).post("/api/audit/verify").then().statusCode(405);
    given().auth().oauth2(AUDREY).delete("/api/audit/entries").then().statusCode(405);
    for (String other :
        List.of(
            TestTokens.applicant("alice", "skyway"),
            TestTokens.reviewer("sam", "state-security"),
            TestTokens.withRoles("adam", "admin"))) {
      given().auth().oauth2(other).get("/api/audit/entries").then().statusCode(403);
      given().auth().oauth2(other).get("/api/audit/export").then().statusCode(403);
    }
    given().get("/api/audit/verify").then().statusCode(401);
  }

  /** Random tampering of a valid chain (change, delete, insert, reorder) is always found. */
  @Test
  void anyTamperingWithTheChainIsDetected() {
    Random random = new Random(20261129L);
    for (int round = 0; round < 300; round++) {
      List<LedgerEntry> chain = chain(2 + random.nextInt(30));
      List<LedgerEntry> tampered = new ArrayList<>(chain);
      int at = random.nextInt(chain.size());
      switch (random.nextInt(4)) {
        case 0 -> {
          LedgerEntry copy = copyOf(tampered.get(at));
          copy.actor = copy.actor + "x";
          tampered.set(at, copy);
        }
        case 1 -> tampered.remove(at);
        case 2 -> {
          LedgerEntry forged = copyOf(tampered.get(at));
          forged.action = "forged";
          forged.entryHash = forged.computeHash();
          tampered.add(at, forged);
        }
        default -> {
          int other = (at + 1 + random.nextInt(chain.size() - 1)) % chain.size();
          Collections.swap(tampered, at, other);
        }
      }
      if (at == chain.size() - 1 && tampered.size() < chain.size()) {
        // Removing the very last entry leaves a valid shorter chain; the seal of an export (count
        // and head) is what reveals that. Tamper with the one before instead.
        tampered = new ArrayList<>(chain);
        LedgerEntry copy = copyOf(tampered.get(0));
        copy.payloadHash = LedgerHash.sha256("other");
        tampered.set(0, copy);
      }
      assertNotEquals(null, firstBreak(tampered), "round " + round + " went unnoticed");
    }
    assertEquals(null, firstBreak(chain(10)), "an untouched chain verifies");
  }

  @Test
  void anExportVerifiesOfflineAndATamperedOneDoesNot() throws Exception {
    given().auth().oauth2(AUDREY).get("/api/audit/entries").then().statusCode(200);
    String export =
        given()
            .auth()
            .oauth2(AUDREY)
            .queryParam("format", "jsonl")
            .get("/api/audit/export")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(export.contains("\"sealHead\""), "sealed");
    assertTrue(
        !export.contains("\"null\""), "a missing value is left out, never the text \"null\"");
    Path file = Files.createTempFile("ledger", ".jsonl");
    Files.writeString(file, export, StandardCharsets.UTF_8);
    assertEquals(0, verifyOffline(file), "the export verifies");

    String[] lines = export.split("\n");
    lines[0] = lines[0].replaceFirst("\"actor\":\"[^\"]*\"", "\"actor\":\"mallory\"");
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    assertEquals(1, verifyOffline(file), "a changed entry fails");

    Files.writeString(
        file,
        String.join("\n", java.util.Arrays.copyOf(export.split("\n"), 1)) + "\n",
        StandardCharsets.UTF_8);
    assertEquals(1, verifyOffline(file), "a truncated export fails");
    Files.delete(file);

    String csv =
        given()
            .auth()
            .oauth2(AUDREY)
            .queryParam("format", "csv")
            .get("/api/audit/export")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(csv.startsWith("seq,recordedAt,"), csv);
    assertTrue(csv.contains("#seal,"), "the CSV export is sealed too");
  }

  private static int verifyOffline(Path export) throws Exception {
    Path tool =
        Path.of(System.getProperty("suite.home", "..")).resolve("tools/VerifyLedgerExport.java");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                tool.toAbsolutePath().normalize().toString(),
                export.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the verifier ends");
    assertNotNull(out);
    return p.exitValue();
  }

  private static String firstBreak(List<LedgerEntry> entries) {
    ChainCheck check = new ChainCheck(1, LedgerHash.GENESIS);
    for (LedgerEntry e : entries) {
      String problem = check.accept(e);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static List<LedgerEntry> chain(int length) {
    List<LedgerEntry> chain = new ArrayList<>();
    String prev = LedgerHash.GENESIS;
    for (int i = 1; i <= length; i++) {
      LedgerEntry e = new LedgerEntry();
      e.seq = i;
      e.recordedAt = LedgerHash.stored(Instant.parse("2026-11-29T10:00:00Z").plusSeconds(i));
      e.eventId = UUID.nameUUIDFromBytes(("e" + i).getBytes(StandardCharsets.UTF_8));
      e.source = "review-events";
      e.action = "review.step-decided.v1";
      e.applicationId = UUID.nameUUIDFromBytes(("a" + (i % 3)).getBytes(StandardCharsets.UTF_8));
      e.actor = "sub-" + i;
      e.actorRole = "reviewer";
      e.actorAgency = "CUSTOMS";
      e.payloadHash = LedgerHash.sha256("payload " + i);
      e.prevHash = prev;
      e.entryHash = e.computeHash();
      prev = e.entryHash;
      chain.add(e);
    }
    return chain;
  }

  private static LedgerEntry copyOf(LedgerEntry e) {
    LedgerEntry c = new LedgerEntry();
    c.seq = e.seq;
    c.recordedAt = e.recordedAt;
    c.eventId = e.eventId;
    c.source = e.source;
    c.action = e.action;
    c.applicationId = e.applicationId;
    c.actor = e.actor;
    c.actorRole = e.actorRole;
    c.actorAgency = e.actorAgency;
    c.payloadHash = e.payloadHash;
    c.prevHash = e.prevHash;
    c.entryHash = e.entryHash;
    return c;
  }
}
