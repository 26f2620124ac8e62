package be.permits.review.service;

import be.permits.contracts.permit.PermitWithdrawn;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/** Stops the review of an application that its applicant withdrew. */
@ApplicationScoped
public class CaseWithdrawal {
  private static final Logger LOG = Logger.getLogger(CaseWithdrawal.class);

  @Inject CaseLock caseLock;

  /**
   * Marks the case withdrawn and closes every step not yet decided (open, waiting for information,
   * or proposed for four-eyes confirmation); decided steps keep their state.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void withdraw(PermitWithdrawn withdrawn) {
    ReviewCase c = caseLock.lockOfApplication(withdrawn.applicationId()).orElse(null);
    if (c == null) {
      // Withdrawn before its case opened: there is nothing to stop.
      LOG.infof("Application %s withdrawn without a review case", withdrawn.applicationId());
      return;
    }
    c.status = ReviewCase.Status.WITHDRAWN;
    c.steps.forEach(ReviewStep::close);
  }
}
