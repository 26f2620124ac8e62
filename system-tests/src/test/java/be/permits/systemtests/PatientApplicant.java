package be.permits.systemtests;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An applicant (bob) who creates and submits small applications through the entry point and behaves
 * as a well-made client does while parts of the suite are down: a 503 is retried after its {@code
 * Retry-After}, a lost answer is retried, and a 409 on a repeated submit means an earlier attempt
 * went through. Counts every answer by status and notes every 5xx other than 503.
 */
final class PatientApplicant {
  /** A small warehouse that only the municipality reviews: three emails per submission. */
  static final String APPLICATION =
      """
      {"organisation":{"legalName":"Meuse Freight SRL","enterpriseNumber":"0403.170.701",
        "countryOfIncorporation":"BE","ultimateParent":"Meuse Freight SRL",
        "ultimateParentCountry":"BE","nonEuVotingShare":0},
       "site":{"name":"Herstal depot","address":"Rue du Port 1, 4040 Herstal",
        "municipality":"Herstal","cadastralParcels":["62063B0001"],"airsideAccess":false},
       "project":{"kind":"EXPANSION","currentFloorArea":2000,"requestedFloorArea":4000,
        "heightMetres":9,"investmentEur":1500000,"jobs":12,"environmentalClass":3,
        "operatesAroundTheClock":false,"hazardousGoods":false},
       "data":{"dataCategories":["SHIPMENT_TRACKING"],
        "storageCountries":["BE"],"thirdCountryTransfers":[],"foreignLawsCompellingAccess":[],
        "certifications":[],"bondedWarehouse":false},
       "systems":[{"name":"Warehouse management","operator":"Meuse Freight SRL",
        "hostingCountry":"BE","remoteAccess":false,
        "data":[{"category":"SHIPMENT_TRACKING","storedIn":["BE"]}]}]}
      """;

  private static final int ATTEMPTS = 120;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final Set<String> created = ConcurrentHashMap.newKeySet();
  private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

  /** Creates and submits one application. */
  void submitOne() {
    String id = null;
    for (int attempt = 0; attempt < ATTEMPTS && id == null; attempt++) {
      HttpResponse<String> answer = call("POST", "/api/applications", APPLICATION);
      if (answer != null && answer.statusCode() == 201) {
        id = read(answer.body(), "id");
        created.add(id);
      } else {
        pause(answer);
      }
    }
    if (id == null) {
      problems.add("a draft was never created");
      return;
    }
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      HttpResponse<String> answer = call("POST", "/api/applications/" + id + "/submit", null);
      if (answer != null && answer.statusCode() == 200) {
        acknowledged.add(id);
        return;
      }
      if (answer != null && answer.statusCode() == 409 && attempt > 0) {
        // An earlier attempt went through and its answer was lost: submitted, not acknowledged.
        return;
      }
      pause(answer);
    }
    problems.add("the submission of " + id + " was never answered");
  }

  /** The applications whose submission was answered 200. */
  Set<String> acknowledged() {
    return Set.copyOf(acknowledged);
  }

  int drafts() {
    return created.size();
  }

  /** Every answer that was a 5xx other than 503, or a retry budget spent. */
  List<String> problems() {
    return List.copyOf(problems);
  }

  /** How many answers had each status; -1 counts calls that got no answer at all. */
  Map<Integer, Integer> statuses() {
    Map<Integer, Integer> counts = new TreeMap<>();
    statuses.forEach((status, n) -> counts.put(status, n.get()));
    return counts;
  }

  private HttpResponse<String> call(String method, String path, String body) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(RunningSuite.entryUrl() + path))
                  .timeout(Duration.ofSeconds(30))
                  .header("Authorization", "Bearer " + RunningSuite.token("bob"))
                  .header("Content-Type", "application/json")
                  .method(
                      method,
                      body == null
                          ? HttpRequest.BodyPublishers.noBody()
                          : HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
      if (response.statusCode() >= 500 && response.statusCode() != 503) {
        // The problem's body names the error id that the service logged with its cause.
        String answer = response.body() == null ? "" : response.body();
        problems.add(
            method
                + " "
                + path
                + " answered "
                + response.statusCode()
                + ": "
                + answer.substring(0, Math.min(answer.length(), 300)));
      }
      return response;
    } catch (Exception e) {
      // The entry point answers for a service that is down; only a timeout ends a call here.
      statuses.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
      return null;
    }
  }

  private static void pause(HttpResponse<String> response) {
    long seconds =
        response == null ? 1 : response.headers().firstValueAsLong("Retry-After").orElse(1);
    try {
      TimeUnit.SECONDS.sleep(Math.min(seconds, 5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String read(String body, String field) {
    try {
      return json.readTree(body).get(field).asText();
    } catch (Exception e) {
      throw new IllegalStateException(body, e);
    }
  }
}
