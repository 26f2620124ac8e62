package be.permits.testsupport;

/**
 * Keys made for the test suite only (never used anywhere else): the ledger's signing key, a second
 * one for rotation, and a witness's cosigning key. The services' {@code %test} configuration names
 * the same keys.
 */
public final class LedgerTestKeys {
  public static final String LOG_SIGNER =
      "PRIVATE+KEY+permits.example/audit-ledger+cbf81a14+AZUh9KHbAzx1DbZ4SFYI3/YEBvTxXr+c2K38jIat/G2g";
  public static final String LOG_VERIFIER =
      "permits.example/audit-ledger+cbf81a14+AbSy6bs3OpWSRUgezw4snbiMYtL7wGYqjPDras6ZpUEc";
  public static final String ROTATED_LOG_SIGNER =
      "PRIVATE+KEY+permits.example/audit-ledger+02182dc8+AcMe20mumx9c+FhRllNc1nF/bGBklRJM3vCORJd7zIr9";
  public static final String ROTATED_LOG_VERIFIER =
      "permits.example/audit-ledger+02182dc8+AfnOZAPru1j8FJWtsoKWzgYqYnD+cNyov6k1GUFwToZn";
  public static final String WITNESS_SIGNER =
      "PRIVATE+KEY+court-of-audit.example/witness+2331e3d4+BL5hDGoJG8Ytw7ywkxHnPARarmJKUvSnoaLwgmfVdEFO";
  public static final String WITNESS_VERIFIER =
      "court-of-audit.example/witness+2331e3d4+BF4p9wiPJYpEoKLDFztKahOs8W5TW4UguZAm75VuAi3z";

  private LedgerTestKeys() {}
}
